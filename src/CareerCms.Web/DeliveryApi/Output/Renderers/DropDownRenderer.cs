using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// Flexible dropdown (Umbraco's <c>FlexibleDropdownPropertyValueConverter</c>): with <c>multiple</c> configured an
/// array of strings; otherwise the first selected string, or "" when the stored list is empty.
/// </summary>
internal sealed class DropDownRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.DropDownFlexible;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue)
        {
            return null;
        }

        var selected = StoredValues.Strings(context.RawValue!);
        return StoredValues.ConfigBool(context.Configuration, "multiple")
            ? new JsonArray([.. selected.Select(s => (JsonNode?)JsonValue.Create(s))])
            : JsonValue.Create(selected.Count > 0 ? selected[0] : string.Empty);
    }
}
