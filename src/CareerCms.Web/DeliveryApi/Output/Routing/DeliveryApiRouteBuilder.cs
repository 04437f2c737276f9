using CareerCms.Web.Content.Published;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.DeliveryApi.Output.Routing;

/// <summary>
/// Builds routes the way Umbraco's <c>ApiContentRouteBuilder</c> does for invariant content without domains:
/// the path is relative to the item's root (the root segment is stripped whatever
/// <c>HideTopLevelNodeFromPath</c> says; the root itself is "/"), ends with '/' when <c>AddTrailingSlash</c>, and the
/// start item is the root (its key and URL segment).
/// </summary>
public sealed class DeliveryApiRouteBuilder(IOptionsMonitor<DeliveryApiSettings> settings)
{
    /// <summary>Umbraco's prefix for the pseudo path of never-published items in preview.</summary>
    public const string PreviewPathPrefix = "preview-";

    /// <summary>
    /// The route of an item, or null when it is not routable in the source (its root or an ancestor is not visible).
    /// </summary>
    /// <param name="item">The item.</param>
    /// <param name="source">The source the item was read from; ancestors are looked up in it.</param>
    /// <param name="neverPublished">
    /// The caller knows the item has no published version (preview only): the path becomes <c>/preview-{key}/</c>.
    /// </param>
    public DeliveryApiRoute? Build(PublishedDocument item, IDeliveryContentSource source, bool neverPublished = false)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(source);
        var trailingSlash = settings.CurrentValue.AddTrailingSlash;
        var root = item.AncestorKeys.Count == 0 ? item : source.Get(item.AncestorKeys[0]);
        if (root is null)
        {
            return null;
        }

        var path = neverPublished ? PreviewPath(item, trailingSlash) : ContentPath(item, source, trailingSlash);
        if (path is null && source.IsPreview)
        {
            // Umbraco falls back to the preview path for anything unroutable while previewing.
            path = PreviewPath(item, trailingSlash);
        }

        return path is null ? null : new DeliveryApiRoute(path, null, root.Key, root.UrlSegment);
    }

    private static string? ContentPath(PublishedDocument item, IDeliveryContentSource source, bool trailingSlash)
    {
        var segments = new List<string>(item.AncestorKeys.Count);
        foreach (var ancestorKey in item.AncestorKeys.Skip(1))
        {
            if (source.Get(ancestorKey) is not { } ancestor)
            {
                return null;
            }

            segments.Add(ancestor.UrlSegment);
        }

        if (item.AncestorKeys.Count > 0)
        {
            segments.Add(item.UrlSegment);
        }

        return segments.Count == 0 ? "/" : "/" + string.Join('/', segments) + (trailingSlash ? "/" : string.Empty);
    }

    private static string PreviewPath(PublishedDocument item, bool trailingSlash) =>
        $"/{PreviewPathPrefix}{item.Key:D}{(trailingSlash ? "/" : string.Empty)}";
}
