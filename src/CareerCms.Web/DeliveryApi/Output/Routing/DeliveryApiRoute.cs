using System.Text.Json.Nodes;

namespace CareerCms.Web.DeliveryApi.Output.Routing;

/// <summary>
/// An item's route as the Delivery API writes it:
/// <c>{"path": "/a/b/", "queryString": null, "startItem": {"id": "&lt;root key&gt;", "path": "&lt;root segment&gt;"}}</c>.
/// </summary>
/// <param name="Path">Root-relative path, always starting with '/'.</param>
/// <param name="QueryString">A query string or fragment carried by a link (rich text), else null.</param>
/// <param name="StartItemId">The key of the item's root.</param>
/// <param name="StartItemPath">The URL segment of the item's root.</param>
public sealed record DeliveryApiRoute(string Path, string? QueryString, Guid StartItemId, string StartItemPath)
{
    /// <summary>The route as a JSON object in Umbraco's key order.</summary>
    public JsonObject ToJson() => new(
    [
        new("path", Path),
        new("queryString", QueryString),
        new("startItem", new JsonObject([new("id", DeliveryApiJson.Id(StartItemId)), new("path", StartItemPath)])),
    ]);
}
