using CareerCms.Plugin.Ports;
using CareerCms.Web.Content.Published;
using CareerCms.Web.DeliveryApi;
using CareerCms.Web.DeliveryApi.Routing;

namespace CareerCms.Web.Careers;

/// <summary>
/// The host's <see cref="IContentKeyResolver"/>: resolves "{id|path}" exactly as the built-in selectors do, with
/// the current Delivery API request's source (published or preview) and Start-Item; outside a Delivery API
/// request, against the published content with no Start-Item.
/// </summary>
public sealed class DeliveryApiContentKeyResolver(
    DeliveryApiRequestAccessor requests,
    DeliveryApiPathResolver paths,
    PublishedContentCache cache) : IContentKeyResolver
{
    /// <inheritdoc />
    public Guid? ResolveKey(string idOrPath)
    {
        ArgumentNullException.ThrowIfNull(idOrPath);
        var value = idOrPath.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        var request = requests.Current;
        return paths.ResolveKey(value, request?.Source ?? new PublishedContentSource(cache), request?.StartItem);
    }
}
