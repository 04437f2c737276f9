using System.Text.Json.Nodes;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// The fallback for editors without a renderer: the raw stored string (null when empty), like Umbraco's default
/// value converter. Not registered as a service; the registry uses it when nothing else accepts an editor.
/// </summary>
internal sealed class RawValueRenderer : IDeliveryApiPropertyRenderer
{
    public bool CanRender(string editorAlias) => true;

    public JsonNode? Render(PropertyRenderContext context) => context.HasValue ? JsonValue.Create(context.RawValue) : null;
}
