using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// Content picker: the picked item in the nested content shape (shallow <c>"properties": {}</c> unless the property
/// is expanded), or null when nothing is picked or the item is missing, unpublished, unroutable or disallowed.
/// </summary>
internal sealed class ContentPickerRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.ContentPicker;

    public JsonNode? Render(PropertyRenderContext context) =>
        context.HasValue && StoredValues.DocumentKey(context.RawValue) is { } key ? context.RenderContent(key) : null;
}
