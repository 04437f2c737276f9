using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>Toggle: true for "1"/"true", false otherwise; null when the value was never saved.</summary>
internal sealed class TrueFalseRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.TrueFalse;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue)
        {
            return null;
        }

        var text = context.RawValue!.Trim();
        return JsonValue.Create(text == "1" || (bool.TryParse(text, out var value) && value));
    }
}
