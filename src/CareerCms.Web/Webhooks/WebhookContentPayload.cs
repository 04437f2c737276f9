using System.Text.Json.Nodes;
using CareerCms.Web.DeliveryApi.Output.Routing;

namespace CareerCms.Web.Webhooks;

/// <summary>
/// The body of a content webhook: <c>{"id", "contentType", "name", "route"}</c>, with <c>route</c> in the Delivery
/// API's shape (<c>{"path", "queryString", "startItem": {"id", "path"}}</c>) so a frontend can revalidate the page
/// it serves. Publish: the route the item has now; unpublish, trash, delete: the route it had (null when it was not
/// routable). The event is in the <c>Umb-Webhook-Event</c> header, as in Umbraco.
/// </summary>
public sealed record WebhookContentPayload(Guid Id, string ContentType, string Name, DeliveryApiRoute? Route)
{
    /// <summary>The JSON body.</summary>
    public string ToJson() => new JsonObject
    {
        ["id"] = Id.ToString("D"),
        ["contentType"] = ContentType,
        ["name"] = Name,
        ["route"] = Route?.ToJson(),
    }.ToJsonString();
}
