using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.DeliveryApi.Output.Renderers.Blocks;

namespace CareerCms.Web.DeliveryApi.Output.Renderers.RichText;

/// <summary>
/// Rich text: <c>{"markup": "...", "blocks": [...]}</c>, or with <c>RichTextOutputAsJson</c> the element tree
/// <c>{"tag": "#root", ...}</c>. Local links are resolved to routes; blocks render like Block List items (only element
/// types the data type configures). Null when there is no content (empty markup or a lone <c>&lt;p&gt;&lt;/p&gt;</c>).
/// </summary>
internal sealed class RichTextRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.RichText;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (RichTextValue.Read(context.RawValue) is not { } value)
        {
            return null;
        }

        var blocks = value.Blocks is { } blockValue ? BlockItemsRenderer.Render(blockValue, context) : [];
        return context.Settings.RichTextOutputAsJson
            ? RichTextElementTreeBuilder.Build(value.Markup, blocks, context)
            : new JsonObject { ["markup"] = RichTextMarkupRewriter.Rewrite(value.Markup, context), ["blocks"] = blocks };
    }
}
