using System.Globalization;

namespace CareerCms.Web.DeliveryApi.Output;

/// <summary>The scalar formats of the Delivery API's System.Text.Json output.</summary>
internal static class DeliveryApiJson
{
    /// <summary>A GUID as System.Text.Json writes it: lowercase, hyphenated ("D").</summary>
    public static string Id(Guid key) => key.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>
    /// A date in System.Text.Json's round-trip format for a UTC value: up to 7 fractional digits with trailing zeros
    /// trimmed, then 'Z'. Unspecified dates are stored UTC, so they are taken as UTC.
    /// </summary>
    public static string Date(DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
    }
}
