using System.Globalization;
using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// Label (read-only value): typed by the data type's <c>umbracoDataValueType</c> like Umbraco's label converter
/// (INT/BIGINT → integer, DECIMAL → number, DATETIME → UTC date string, anything else → string).
/// </summary>
internal sealed class LabelRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.Label;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue)
        {
            return null;
        }

        var raw = context.RawValue!.Trim();
        var invariant = CultureInfo.InvariantCulture;
        return StoredValues.StringProperty(context.Configuration, "umbracoDataValueType")?.ToUpperInvariant() switch
        {
            "INT" or "BIGINT" => long.TryParse(raw, NumberStyles.Integer, invariant, out var number) ? JsonValue.Create(number) : null,
            "DECIMAL" => decimal.TryParse(raw, NumberStyles.Float, invariant, out var number) ? JsonValue.Create(number) : null,
            "DATETIME" => DateTime.TryParse(raw, invariant, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                ? JsonValue.Create(DeliveryApiJson.Date(date))
                : null,
            _ => JsonValue.Create(context.RawValue),
        };
    }
}
