using Umbraco.Cms.Core;

namespace CareerCms.Plugin.DeliveryApi;

/// <summary>Parsing shared by the plugin's query handlers, with Umbraco's conventions.</summary>
internal static class QueryOptionText
{
    /// <summary>True when the option starts with the prefix, ignoring case (Umbraco matches prefixes that way).</summary>
    public static bool HasPrefix(string? query, string prefix) =>
        query is not null && query.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The option's value after the prefix, trimmed.</summary>
    public static string After(string query, string prefix) => query[prefix.Length..].Trim();

    /// <summary>Comma-separated values, trimmed, empties dropped; a leading '!' negates the whole list.</summary>
    public static (string[] Values, bool Negated) List(string value)
    {
        var negated = value.StartsWith('!');
        var values = (negated ? value[1..] : value).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (values, negated);
    }

    /// <summary>
    /// asc/ascending or desc/descending in any case; anything else is not a direction (the option then has no
    /// handler: 400). Umbraco treats all but a lower-case "asc" as descending; CareerCms follows the documented intent.
    /// </summary>
    public static Direction? Direction(string value) => value.Trim().ToLowerInvariant() switch
    {
        "asc" or "ascending" => Umbraco.Cms.Core.Direction.Ascending,
        "desc" or "descending" => Umbraco.Cms.Core.Direction.Descending,
        _ => null,
    };
}
