using System.Globalization;
using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// Date picker: an ISO 8601 string in UTC with 'Z' (e.g. <c>1996-04-04T00:00:00Z</c>); stored values without a zone
/// are taken as UTC. Null when empty or unparsable.
/// </summary>
internal sealed class DateTimeRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.DateTime;

    public JsonNode? Render(PropertyRenderContext context) =>
        context.HasValue && DateTime.TryParse(
            context.RawValue!.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? JsonValue.Create(DeliveryApiJson.Date(value))
            : null;
}
