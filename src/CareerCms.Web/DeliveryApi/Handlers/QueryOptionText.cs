namespace CareerCms.Web.DeliveryApi.Handlers;

/// <summary>Parsing shared by the built-in query handlers: case-insensitive prefixes, comma lists, '!' negation.</summary>
public static class QueryOptionText
{
    /// <summary>True when the option starts with the prefix, ignoring case (as Umbraco matches prefixes).</summary>
    public static bool HasPrefix(string? query, string prefix) =>
        query is not null && query.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text after the prefix.</summary>
    public static string After(string query, string prefix) => query[prefix.Length..];

    /// <summary>Comma-separated values, trimmed, empties dropped; a leading '!' negates the whole list.</summary>
    public static (string[] Values, bool Negated) List(string value)
    {
        var negated = value.StartsWith('!');
        var values = (negated ? value[1..] : value).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (values, negated);
    }

    /// <summary>
    /// A sort direction: asc/ascending or desc/descending in any case (Umbraco treats everything but a lower-case
    /// "asc" prefix as descending; CareerCms follows the documented intent and refuses anything else).
    /// </summary>
    public static Umbraco.Cms.Core.Direction? Direction(string value) => value.Trim().ToLowerInvariant() switch
    {
        "asc" or "ascending" => Umbraco.Cms.Core.Direction.Ascending,
        "desc" or "descending" => Umbraco.Cms.Core.Direction.Descending,
        _ => null,
    };
}
