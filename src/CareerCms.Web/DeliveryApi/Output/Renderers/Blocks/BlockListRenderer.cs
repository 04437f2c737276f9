using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers.Blocks;

/// <summary>
/// Block list: <c>{"items": [{"content": {contentType, id, properties}, "settings": ... | null}]}</c>. Pickers inside
/// blocks expand only through the block property's path (<c>expand=properties[blocks[properties[picker]]]</c>).
/// Null when nothing is stored; <c>{"items": []}</c> when the stored value cannot be read.
/// </summary>
internal sealed class BlockListRenderer : IBuiltInPropertyRenderer
{
    public const string LayoutAlias = "Umbraco.BlockList";

    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.BlockList;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue)
        {
            return null;
        }

        var value = BlockValue.Parse(context.RawValue!, LayoutAlias);
        return new JsonObject { ["items"] = value is null ? new JsonArray() : BlockItemsRenderer.Render(value, context) };
    }
}
