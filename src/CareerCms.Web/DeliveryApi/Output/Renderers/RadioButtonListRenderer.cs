using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>Radio button list: the selected string (the first one when stored as a JSON array).</summary>
internal sealed class RadioButtonListRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.RadioButtonList;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue)
        {
            return null;
        }

        var selected = StoredValues.Strings(context.RawValue!);
        return selected.Count > 0 ? JsonValue.Create(selected[0]) : null;
    }
}
