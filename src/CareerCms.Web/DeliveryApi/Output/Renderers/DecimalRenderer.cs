using System.Globalization;
using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>Decimal: a JSON number (invariant culture); 0 when unparsable, as Umbraco.</summary>
internal sealed class DecimalRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.Decimal;

    public JsonNode? Render(PropertyRenderContext context) =>
        !context.HasValue
            ? null
            : JsonValue.Create(decimal.TryParse(context.RawValue!.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0m);
}
