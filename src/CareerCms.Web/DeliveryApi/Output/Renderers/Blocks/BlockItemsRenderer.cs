using System.Text.Json.Nodes;

namespace CareerCms.Web.DeliveryApi.Output.Renderers.Blocks;

/// <summary>
/// Renders block items as <c>[{"content": element, "settings": element | null}]</c>. Only blocks whose element
/// type the data type configures (<c>blocks[].contentElementTypeKey</c>) and that are exposed are output; element
/// properties are always rendered, with the block property's expand/fields nodes.
/// </summary>
internal static class BlockItemsRenderer
{
    public static JsonArray Render(BlockValue value, PropertyRenderContext context)
    {
        var configured = ConfiguredBlocks(context.Configuration);
        var items = new JsonArray();
        foreach (var entry in value.Layout)
        {
            if (!value.Content.TryGetValue(entry.ContentKey, out var content)
                || !value.IsExposed(entry.ContentKey)
                || !configured.TryGetValue(content.ContentTypeKey, out var settingsTypeKey)
                || context.RenderElement(content) is not { } contentJson)
            {
                continue;
            }

            var settings = entry.SettingsKey is { } settingsKey
                && value.Settings.TryGetValue(settingsKey, out var settingsElement)
                && (settingsTypeKey is null || settingsTypeKey == settingsElement.ContentTypeKey)
                    ? context.RenderElement(settingsElement)
                    : null;
            items.Add(new JsonObject { ["content"] = contentJson, ["settings"] = settings });
        }

        return items;
    }

    /// <summary>Configured content element type keys and their settings element type keys.</summary>
    private static Dictionary<Guid, Guid?> ConfiguredBlocks(JsonObject configuration)
    {
        var result = new Dictionary<Guid, Guid?>();
        foreach (var block in (configuration["blocks"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (StoredValues.GuidProperty(block, "contentElementTypeKey") is { } contentType)
            {
                result[contentType] = StoredValues.GuidProperty(block, "settingsElementTypeKey");
            }
        }

        return result;
    }
}
