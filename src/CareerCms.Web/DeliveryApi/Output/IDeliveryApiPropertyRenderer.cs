using System.Text.Json.Nodes;

namespace CareerCms.Web.DeliveryApi.Output;

/// <summary>
/// Turns one stored property value into its Delivery API JSON (CareerCms's counterpart of Umbraco's
/// <c>IDeliveryApiPropertyValueConverter</c>). Register implementations as
/// <c>IDeliveryApiPropertyRenderer</c> services; the first whose <see cref="CanRender"/> accepts an editor wins, and
/// every renderer added by the host or a plugin is asked before the built-in ones, whatever the registration order.
/// </summary>
public interface IDeliveryApiPropertyRenderer
{
    /// <summary>True when this renderer handles values of the editor (e.g. <c>Umbraco.TextBox</c>).</summary>
    bool CanRender(string editorAlias);

    /// <summary>
    /// The JSON for the value; null renders as JSON null (use it for "no value", as Umbraco does).
    /// The returned node must be new (it is attached to the response tree).
    /// </summary>
    JsonNode? Render(PropertyRenderContext context);
}
