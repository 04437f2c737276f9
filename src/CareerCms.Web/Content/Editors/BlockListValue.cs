using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerCms.Web.Content.Editors;

/// <summary>One block of a Block List value: its element type, key and raw element values.</summary>
public sealed record BlockItem(Guid ContentTypeKey, Guid Key, IReadOnlyDictionary<string, string?> Values, Guid? SettingsKey);

/// <summary>Reads Umbraco 15+'s Block List storage format (layout + contentData + settingsData + expose).</summary>
public static class BlockListValue
{
    /// <summary>The blocks in layout order, or null with an error message when the JSON is not a block value.</summary>
    public static IReadOnlyList<BlockItem>? Parse(string? json, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        JsonObject? root;
        try
        {
            root = StoredJson.Parse(json) as JsonObject;
        }
        catch (JsonException ex)
        {
            error = $"Block list value is not valid JSON: {ex.Message}";
            return null;
        }

        if (root is null)
        {
            error = "Block list value must be a JSON object.";
            return null;
        }

        var contentByKey = ReadData(root["contentData"]);
        var layout = (root["layout"] as JsonObject)?["Umbraco.BlockList"] as JsonArray ?? [];
        var blocks = new List<BlockItem>();
        foreach (var entry in layout.OfType<JsonObject>())
        {
            var contentKey = ReadGuid(entry["contentKey"]) ?? ReadUdiGuid(entry["contentUdi"]);
            if (contentKey is null || !contentByKey.TryGetValue(contentKey.Value, out var data))
            {
                error = "A block in the layout has no matching content data.";
                return null;
            }

            var settingsKey = ReadGuid(entry["settingsKey"]) ?? ReadUdiGuid(entry["settingsUdi"]);
            blocks.Add(data with { SettingsKey = settingsKey });
        }

        return blocks;
    }

    private static Dictionary<Guid, BlockItem> ReadData(JsonNode? node)
    {
        var result = new Dictionary<Guid, BlockItem>();
        foreach (var item in (node as JsonArray ?? []).OfType<JsonObject>())
        {
            var key = ReadGuid(item["key"]) ?? ReadUdiGuid(item["udi"]);
            var typeKey = ReadGuid(item["contentTypeKey"]);
            if (key is null || typeKey is null)
            {
                continue;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var value in (item["values"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (value["alias"]?.GetValue<string>() is { } alias)
                {
                    values[alias] = RawText(value["value"]);
                }
            }

            result[key.Value] = new BlockItem(typeKey.Value, key.Value, values, null);
        }

        return result;
    }

    /// <summary>A JSON value as the raw string a property would store.</summary>
    public static string? RawText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    private static Guid? ReadGuid(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && Guid.TryParse(s, out var g) ? g : null;

    private static Guid? ReadUdiGuid(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && s.LastIndexOf('/') is var i and >= 0 &&
        Guid.TryParse(s[(i + 1)..], out var g) ? g : null;
}
