using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>Reading the raw stored formats (JSON text, UDIs, lists) and data type configuration.</summary>
internal static class StoredValues
{
    private const string UdiScheme = "umb://";

    /// <summary>The value parsed as JSON, or null when it is not JSON.</summary>
    public static JsonNode? ParseJson(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The selected strings of a list value: a JSON array (as Umbraco 14+ stores dropdowns, checkboxes and tags), or
    /// the whole raw value as one item when it is not a JSON array.
    /// </summary>
    public static IReadOnlyList<string> Strings(string raw) =>
        raw.TrimStart().StartsWith('[') && ParseJson(raw) is JsonArray array
            ? [.. array.Select(Text).OfType<string>()]
            : [raw];

    /// <summary>A JSON scalar as text (strings unquoted), or null.</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    /// <summary>Parses <c>umb://{entity}/{guid}</c> (32 hex digits or hyphenated).</summary>
    public static bool TryParseUdi(string? value, out string entityType, out Guid key)
    {
        entityType = string.Empty;
        key = Guid.Empty;
        var text = value?.Trim();
        if (text is null || !text.StartsWith(UdiScheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var slash = text.IndexOf('/', UdiScheme.Length);
        if (slash < 0 || !Guid.TryParse(text[(slash + 1)..], out key))
        {
            return false;
        }

        entityType = text[UdiScheme.Length..slash].ToLowerInvariant();
        return true;
    }

    /// <summary>A document key from a UDI or a bare GUID.</summary>
    public static Guid? DocumentKey(string? value)
    {
        if (TryParseUdi(value, out var entity, out var key))
        {
            return entity == EntityTypes.Document ? key : null;
        }

        return Guid.TryParse(value?.Trim(), out var bare) ? bare : null;
    }

    /// <summary>A boolean configuration value (true, "true", 1, "1").</summary>
    public static bool ConfigBool(JsonObject config, string key) =>
        config[key] is JsonValue value && Text(value) is { } text && (text is "1" || bool.TryParse(text, out var b) && b);

    /// <summary>An integer configuration value, or null.</summary>
    public static int? ConfigInt(JsonObject config, string key) =>
        Text(config[key]) is { } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? (int)number
            : null;

    /// <summary>A string property of a JSON object, or null.</summary>
    public static string? StringProperty(JsonObject? node, string key) => node is null ? null : Text(node[key]);

    /// <summary>A GUID property of a JSON object, or null.</summary>
    public static Guid? GuidProperty(JsonObject? node, string key) =>
        StringProperty(node, key) is { } text && Guid.TryParse(text, out var value) ? value : null;

    /// <summary>Umbraco's UDI entity types the renderers know.</summary>
    public static class EntityTypes
    {
        public const string Document = "document";
        public const string Media = "media";
        public const string Member = "member";
    }
}
