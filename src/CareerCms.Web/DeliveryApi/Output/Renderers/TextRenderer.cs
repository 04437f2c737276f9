using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>Text box, text area and email address: the string, or null when empty or whitespace.</summary>
internal sealed class TextRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) =>
        editorAlias is EditorCatalog.TextBox or EditorCatalog.TextArea or EditorCatalog.EmailAddress;

    public JsonNode? Render(PropertyRenderContext context) => context.HasValue ? JsonValue.Create(context.RawValue) : null;
}
