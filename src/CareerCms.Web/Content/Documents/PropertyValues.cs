using System.Text.Json;

namespace CareerCms.Web.Content.Documents;

/// <summary>Helpers for a document's property values: alias -> raw stored string, ordinal keys.</summary>
public static class PropertyValues
{
    /// <summary>No values.</summary>
    public static IReadOnlyDictionary<string, string?> Empty { get; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Serializes values for storage, keys sorted for stable text.</summary>
    public static string ToJson(IReadOnlyDictionary<string, string?> values) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string?>(
            values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>Reads stored values.</summary>
    public static IReadOnlyDictionary<string, string?> FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }

        var parsed = JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        return new Dictionary<string, string?>(parsed, StringComparer.Ordinal);
    }

    /// <summary>True when both sets hold the same non-empty values.</summary>
    public static bool AreEqual(IReadOnlyDictionary<string, string?> left, IReadOnlyDictionary<string, string?> right)
    {
        static IEnumerable<KeyValuePair<string, string?>> NonEmpty(IReadOnlyDictionary<string, string?> v) =>
            v.Where(p => !string.IsNullOrEmpty(p.Value));

        var l = NonEmpty(left).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var r = NonEmpty(right).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return l.Count == r.Count && l.All(p => r.TryGetValue(p.Key, out var v) && v == p.Value);
    }
}
