using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>Checkbox list: an array of the checked strings.</summary>
internal sealed class CheckBoxListRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.CheckBoxList;

    public JsonNode? Render(PropertyRenderContext context) =>
        context.HasValue
            ? new JsonArray([.. StoredValues.Strings(context.RawValue!).Select(s => (JsonNode?)JsonValue.Create(s))])
            : null;
}
