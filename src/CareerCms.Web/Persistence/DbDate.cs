using System.Globalization;

namespace CareerCms.Web.Persistence;

/// <summary>Dates are stored as UTC ISO-8601 text in both dialects: sortable, readable, identical everywhere.</summary>
public static class DbDate
{
    /// <summary>To stored text.</summary>
    public static string Write(DateTime value) =>
        (value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc))
            .ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    /// <summary>To stored text, or null.</summary>
    public static string? Write(DateTime? value) => value is { } v ? Write(v) : null;

    /// <summary>From stored text, as a UTC DateTime.</summary>
    public static DateTime Read(string value) =>
        DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    /// <summary>From stored text or null.</summary>
    public static DateTime? ReadNullable(string? value) => value is null ? null : Read(value);
}
