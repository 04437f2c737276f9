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
}
