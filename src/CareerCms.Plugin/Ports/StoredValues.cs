using System.Globalization;
using System.Text.Json;

namespace CareerCms.Plugin.Ports;

/// <summary>
/// Reads Umbraco's stored property values whatever form they arrive in: Core's typed values on <c>IContent</c>
/// (an int for Integer properties), raw stored strings (integers as text, dropdowns as JSON arrays such as
/// <c>["Moderate"]</c>, pickers as <c>umb://document/{hex}</c> lists, Block List v15+ JSON) or JSON elements
/// inside blocks. Malformed values read as "no value", never as an exception: content is not the place to crash.
/// </summary>
public static class StoredValues
{
    private const string DocumentUdiPrefix = "umb://document/";

    /// <summary>A whole number, or null.</summary>
    public static int? Integer(object? value) => value switch
    {
        null => null,
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        decimal d when d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        double d when d == Math.Truncate(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var n) => n,
        JsonElement { ValueKind: JsonValueKind.String } e => Integer(e.GetString()),
        string s when int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>A single-select value: the first entry of a JSON array (a dropdown), or the plain text; null when empty.</summary>
    public static string? Single(object? value) => Strings(value).FirstOrDefault();

    /// <summary>
    /// A list of strings: a JSON array (dropdowns, tags) or comma-separated text; entries trimmed, empties dropped.
    /// </summary>
    public static IReadOnlyList<string> Strings(object? value)
    {
        switch (value)
        {
            case null:
                return [];
            case IEnumerable<string> list:
                return [.. list.Select(s => s.Trim()).Where(s => s.Length > 0)];
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                return [.. array.EnumerateArray().Select(Text).OfType<string>()];
            case JsonElement element:
                return Strings(Text(element));
        }

        var text = (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Trim();
        if (text.Length == 0)
        {
            return [];
        }

        if (text.StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return Strings(document.RootElement.Clone());
            }
            catch (JsonException)
            {
                return [];
            }
        }

        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>The key a content picker holds (<c>umb://document/{hex}</c> or a plain GUID), or null.</summary>
    public static Guid? DocumentKey(object? value) => DocumentKeys(value).Select(k => (Guid?)k).FirstOrDefault();

    /// <summary>The keys a (multi-node tree) picker holds, in order, without duplicates.</summary>
    public static IReadOnlyList<Guid> DocumentKeys(object? value) =>
        value is Guid guid
            ? [guid]
            : [.. Strings(value).Select(ParseDocumentKey).OfType<Guid>().Distinct()];

    /// <summary>
    /// The content elements of a Block List value, each as its property values by alias (numbers as int, text
    /// as string, anything else as its JSON text). Empty for an empty or malformed value.
    /// </summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> BlockItems(object? value)
    {
        var text = value as string ?? (value is JsonElement e ? e.GetRawText() : null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement is { ValueKind: JsonValueKind.Object } root
                   && root.TryGetProperty("contentData", out var contentData)
                   && contentData.ValueKind == JsonValueKind.Array
                ? [.. OrderedByLayout(root, contentData).Select(ElementValues)]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static Guid? ParseDocumentKey(string text)
    {
        if (text.StartsWith(DocumentUdiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Guid.TryParseExact(text[DocumentUdiPrefix.Length..], "N", out var udiKey) ? udiKey : null;
        }

        return Guid.TryParse(text, out var key) ? key : null;
    }

    private static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()?.Trim() is { Length: > 0 } s ? s : null,
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    /// <summary>Block order is the layout's; elements the layout does not list follow in data order.</summary>
    private static IEnumerable<JsonElement> OrderedByLayout(JsonElement root, JsonElement contentData)
    {
        var byKey = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        var unkeyed = new List<JsonElement>();
        foreach (var element in contentData.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
        {
            if (element.TryGetProperty("key", out var key) && key.GetString() is { } k)
            {
                byKey.TryAdd(k, element);
            }
            else
            {
                unkeyed.Add(element);
            }
        }

        var ordered = new List<JsonElement>();
        if (root.TryGetProperty("layout", out var layout) && layout.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in layout.EnumerateObject().SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray() : []))
            {
                if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("contentKey", out var ck)
                    && ck.GetString() is { } contentKey && byKey.Remove(contentKey, out var element))
                {
                    ordered.Add(element);
                }
            }
        }

        return [.. ordered, .. contentData.EnumerateArray().Where(e => IsLeft(e, byKey)), .. unkeyed];
    }

    private static bool IsLeft(JsonElement element, Dictionary<string, JsonElement> left) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("key", out var key)
        && key.GetString() is { } k && left.ContainsKey(k);

    private static Dictionary<string, object?> ElementValues(JsonElement element)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!element.TryGetProperty("values", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return values;
        }

        foreach (var item in list.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object))
        {
            if (item.TryGetProperty("alias", out var alias) && alias.GetString() is { } name && item.TryGetProperty("value", out var value))
            {
                values[name] = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number when value.TryGetInt32(out var n) => n,
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    _ => value.GetRawText(),
                };
            }
        }

        return values;
    }
}
