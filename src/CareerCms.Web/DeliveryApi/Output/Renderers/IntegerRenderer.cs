using System.Globalization;
using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>Integer: a JSON integer (stored as text, or as a JSON number inside blocks); 0 when unparsable, as Umbraco.</summary>
internal sealed class IntegerRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.Integer;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue)
        {
            return null;
        }

        var text = context.RawValue!.Trim();
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return JsonValue.Create(value);
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number is >= int.MinValue and <= int.MaxValue
            ? JsonValue.Create((int)decimal.Truncate(number))
            : JsonValue.Create(0);
    }
}
