using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers.Blocks;

/// <summary>One layout entry of a block value: the content element and optional settings element keys.</summary>
internal sealed record BlockLayoutEntry(Guid ContentKey, Guid? SettingsKey);

/// <summary>
/// A block value in Umbraco 15+'s storage format (<c>layout</c>, <c>contentData</c>, <c>settingsData</c>,
/// <c>expose</c>), used by the Block List (<c>layout["Umbraco.BlockList"]</c>) and rich text
/// (<c>layout["Umbraco.RichText"]</c>). Also reads the older <c>contentUdi</c>/<c>udi</c> keys.
/// </summary>
internal sealed class BlockValue
{
    private readonly IReadOnlySet<Guid>? _exposed;

    private BlockValue(
        IReadOnlyList<BlockLayoutEntry> layout,
        IReadOnlyDictionary<Guid, DeliveryApiElement> content,
        IReadOnlyDictionary<Guid, DeliveryApiElement> settings,
        IReadOnlySet<Guid>? exposed)
    {
        Layout = layout;
        Content = content;
        Settings = settings;
        _exposed = exposed;
    }

    /// <summary>The blocks in layout order.</summary>
    public IReadOnlyList<BlockLayoutEntry> Layout { get; }

    /// <summary>Content elements by key.</summary>
    public IReadOnlyDictionary<Guid, DeliveryApiElement> Content { get; }

    /// <summary>Settings elements by key.</summary>
    public IReadOnlyDictionary<Guid, DeliveryApiElement> Settings { get; }

    /// <summary>
    /// True when the content element is exposed (published). Values without an <c>expose</c> list (written before
    /// Umbraco 15, or by tools) expose every block, as Umbraco's fallback does.
    /// </summary>
    public bool IsExposed(Guid contentKey) => _exposed is null || _exposed.Contains(contentKey);

    /// <summary>
    /// The block value stored in <paramref name="raw"/> (JSON text), parsed once per stored string
    /// (<see cref="StoredValueCache"/>); null when it is not a block value.
    /// </summary>
    public static BlockValue? Parse(string raw, string layoutAlias) =>
        StoredValueCache.GetOrAdd(raw, "blocks:" + layoutAlias, text => Read(StoredValues.ParseJson(text), layoutAlias));

    /// <summary>Reads a block value object; null when the node is not one.</summary>
    public static BlockValue? Read(JsonNode? node, string layoutAlias)
    {
        if (node is not JsonObject root)
        {
            return null;
        }

        var layout = ((root["layout"] as JsonObject)?[layoutAlias] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(entry => (Content: Key(entry, "contentKey", "contentUdi"), Settings: Key(entry, "settingsKey", "settingsUdi")))
            .Where(entry => entry.Content is not null)
            .Select(entry => new BlockLayoutEntry(entry.Content!.Value, entry.Settings))
            .ToArray();
        var exposed = (root["expose"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(entry => StoredValues.GuidProperty(entry, "contentKey"))
            .OfType<Guid>()
            .ToHashSet();
        return new BlockValue(layout, Elements(root["contentData"]), Elements(root["settingsData"]), exposed.Count == 0 ? null : exposed);
    }

    private static Dictionary<Guid, DeliveryApiElement> Elements(JsonNode? data)
    {
        var result = new Dictionary<Guid, DeliveryApiElement>();
        foreach (var item in (data as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Key(item, "key", "udi") is not { } key || StoredValues.GuidProperty(item, "contentTypeKey") is not { } typeKey)
            {
                continue;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var value in (item["values"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (StoredValues.StringProperty(value, "alias") is { } alias)
                {
                    values[alias] = BlockListValue.RawText(value["value"]);
                }
            }

            result[key] = new DeliveryApiElement(key, typeKey, values);
        }

        return result;
    }

    private static Guid? Key(JsonObject node, string keyProperty, string udiProperty) =>
        StoredValues.GuidProperty(node, keyProperty)
        ?? (StoredValues.TryParseUdi(StoredValues.StringProperty(node, udiProperty), out _, out var key) ? key : null);
}
