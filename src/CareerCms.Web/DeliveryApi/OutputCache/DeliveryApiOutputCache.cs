using UmbracoOutputCache = Umbraco.Cms.Core.Constants.DeliveryApi.OutputCache;

namespace CareerCms.Web.DeliveryApi.OutputCache;

/// <summary>
/// Policy names and tags of the Delivery API output cache. Umbraco's own tags (<c>umb-dapi-*</c>, from Core's
/// constants) plus two of CareerCms's: <see cref="QueryTag"/> and <see cref="RoutingTag"/>.
/// </summary>
/// <remarks>
/// Eviction rule, applied on every node from <c>ContentCacheRefresherNotification</c> (see
/// <see cref="DeliveryApiOutputCacheEvictionHandler"/>), for each changed item K:
/// <list type="bullet">
/// <item><c>content-K</c>: every entry that rendered K, or rendered an item whose stored values reference K (pickers,
/// URL pickers, rich text links, blocks), so shallow and expanded pickers follow their targets.</item>
/// <item><c>ancestor-K</c> when the change covers K's branch (publish, unpublish, trash, move, delete): every entry
/// that rendered a descendant of K (their routes derive from K).</item>
/// <item><see cref="QueryTag"/>: every query (<c>GET /content</c>) entry, unless K's document type is excluded from
/// the index by the allow/deny lists. A change can move any item into or out of any query's results, so query
/// entries are not tracked per item.</item>
/// <item><see cref="RoutingTag"/> when K is or was a root: entries whose answer depends on which roots exist and in
/// which order (by-path lookups and anything sent with a Start-Item header).</item>
/// <item>RefreshAll (a cold boot or an import): every content entry.</item>
/// </list>
/// Entries are tagged by item key, ancestor keys and document type alias, as Umbraco 17.4+ does.
/// </remarks>
public static class DeliveryApiOutputCache
{
    /// <summary>The content endpoints' policy ("DeliveryApiContent").</summary>
    public const string ContentPolicy = UmbracoOutputCache.ContentCachePolicy;

    /// <summary>The media endpoints' policy ("DeliveryApiMedia").</summary>
    public const string MediaPolicy = UmbracoOutputCache.MediaCachePolicy;

    /// <summary>On every content query entry.</summary>
    public const string QueryTag = "umb-dapi-content-query";

    /// <summary>On entries that resolved a path or a Start-Item against the roots.</summary>
    public const string RoutingTag = "umb-dapi-content-routing";

    /// <summary>Entries that rendered (or reference) the item.</summary>
    public static string ContentTag(Guid key) => UmbracoOutputCache.ContentTagPrefix + key.ToString("D");

    /// <summary>Entries that rendered a descendant of the item.</summary>
    public static string AncestorTag(Guid key) => UmbracoOutputCache.AncestorTagPrefix + key.ToString("D");

    /// <summary>Entries that rendered an item of the document type.</summary>
    public static string ContentTypeTag(string alias) => UmbracoOutputCache.ContentTypeTagPrefix + alias;

    /// <summary>Entries of the media item.</summary>
    public static string MediaTag(Guid key) => UmbracoOutputCache.MediaTagPrefix + key.ToString("D");
}
