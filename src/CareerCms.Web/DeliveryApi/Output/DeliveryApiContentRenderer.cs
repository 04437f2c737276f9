using System.Text.Json.Nodes;
using CareerCms.Web.Content.Published;
using CareerCms.Web.DeliveryApi.Output.Routing;
using CareerCms.Web.DeliveryApi.Output.Schema;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.DeliveryApi.Output;

/// <summary>
/// Renders items in the Delivery API v2 content shape:
/// <c>{contentType, name, createDate, updateDate, route, id, properties, cultures}</c>. Every property of the document
/// type appears (null when empty) unless <c>fields</c> limits them; the system keys always appear.
/// </summary>
public sealed class DeliveryApiContentRenderer(
    IDeliveryApiSchema schema,
    DeliveryApiPropertyRendererRegistry renderers,
    DeliveryApiRouteBuilder routes,
    IOptionsMonitor<DeliveryApiSettings> settings)
{
    /// <summary>The item as a response object, or null when it is not routable in the request's source (answer 404).</summary>
    public JsonObject? Render(PublishedDocument item, RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(request);
        return CreatePass(request).RenderItem(item);
    }

    /// <summary>Several items in order; items that are not routable are left out (as Umbraco's query endpoint does).</summary>
    public IReadOnlyList<JsonObject> RenderAll(IEnumerable<PublishedDocument> items, RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(request);
        var pass = CreatePass(request);
        return [.. items.Select(pass.RenderItem).OfType<JsonObject>()];
    }

    /// <summary>The route of an item with the request's source and preview state, or null when it is not routable.</summary>
    public DeliveryApiRoute? BuildRoute(PublishedDocument item, RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(request);
        return CreatePass(request).BuildRoute(item);
    }

    private ContentRenderPass CreatePass(RenderRequest request) => new(schema, renderers, routes, request, settings.CurrentValue);
}
