using CareerCms.Web.Content.Published;

namespace CareerCms.Web.DeliveryApi;

/// <summary>
/// Where the Delivery API reads items from: the published cache, or (preview) the latest drafts of every
/// non-trashed document. Items use the same record either way.
/// </summary>
public interface IDeliveryContentSource
{
    /// <summary>True for the preview (draft) source.</summary>
    bool IsPreview { get; }

    /// <summary>An item by key, or null when it is not visible in this source.</summary>
    PublishedDocument? Get(Guid key);

    /// <summary>The visible root items, in sort order.</summary>
    IReadOnlyList<PublishedDocument> GetRoots();

    /// <summary>The visible children of an item, in sort order.</summary>
    IReadOnlyList<PublishedDocument> GetChildren(Guid parentKey);

    /// <summary>
    /// The visible child of an item whose URL segment matches, ignoring case (the first in sort order if several do);
    /// sources with a segment index answer without scanning the children.
    /// </summary>
    PublishedDocument? GetChild(Guid parentKey, string urlSegment) =>
        GetChildren(parentKey).FirstOrDefault(c => string.Equals(c.UrlSegment, urlSegment, StringComparison.OrdinalIgnoreCase));
}
