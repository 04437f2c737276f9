using System.Text.Json;
using System.Text.Json.Nodes;
using CareerCms.Plugin.DeliveryApi.Output;
using CareerCms.Web.DeliveryApi.Output;

namespace CareerCms.Web.Careers;

/// <summary>
/// Renders the plugin's computed editors (<see cref="CareerOutputEditors"/>) in Delivery API output: the host's
/// counterpart of the plugin's Core value converter, over the same <see cref="CareerOutputValues"/>. The stored
/// value is ignored; the value is computed for the owning document on every render (never stale).
/// </summary>
public sealed class CareerOutputPropertyRenderer(CareerOutputValues values) : IDeliveryApiPropertyRenderer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public bool CanRender(string editorAlias) => CareerOutputEditors.IsComputed(editorAlias);

    /// <inheritdoc />
    public JsonNode? Render(PropertyRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = values.For(context.EditorAlias, context.Owner.Key);
        return value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Json);
    }
}
