using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// Multinode treepicker: always an array (even with max 1) of picked items in the nested content shape, missing or
/// unpublished ones left out. The tree source (<c>startNode.type</c>, or the older <c>treeSource.objectType</c>)
/// decides the entity type: media pickers render media (none without a media library), member pickers the string
/// "(unsupported)". Null when nothing is stored.
/// </summary>
internal sealed class MultiNodeTreePickerRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.MultiNodeTreePicker;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue)
        {
            return null;
        }

        var entityType = EntityType(context.Configuration);
        if (entityType == StoredValues.EntityTypes.Member)
        {
            return JsonValue.Create("(unsupported)");
        }

        var items = new JsonArray();
        foreach (var udi in context.RawValue!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!StoredValues.TryParseUdi(udi, out var type, out var key) || type != entityType)
            {
                continue;
            }

            // CareerCms has no media library yet: picked media cannot be resolved and are left out, as missing media are.
            if (type == StoredValues.EntityTypes.Document && context.RenderContent(key) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static string EntityType(JsonObject configuration)
    {
        var type = StoredValues.StringProperty(configuration["startNode"] as JsonObject, "type")
            ?? StoredValues.StringProperty(configuration["treeSource"] as JsonObject, "objectType")
            ?? "content";
        return type.ToLowerInvariant() switch
        {
            "media" => StoredValues.EntityTypes.Media,
            "member" => StoredValues.EntityTypes.Member,
            _ => StoredValues.EntityTypes.Document,
        };
    }
}
