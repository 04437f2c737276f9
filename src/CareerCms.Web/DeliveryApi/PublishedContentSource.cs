using CareerCms.Web.Content.Published;

namespace CareerCms.Web.DeliveryApi;

/// <summary>The published cache as a Delivery API content source.</summary>
public sealed class PublishedContentSource(PublishedContentCache cache) : IDeliveryContentSource
{
    /// <inheritdoc />
    public bool IsPreview => false;

    /// <inheritdoc />
    public PublishedDocument? Get(Guid key) => cache.Get(key);

    /// <inheritdoc />
    public IReadOnlyList<PublishedDocument> GetRoots() => cache.GetChildren(null);

    /// <inheritdoc />
    public IReadOnlyList<PublishedDocument> GetChildren(Guid parentKey) => cache.GetChildren(parentKey);

    /// <inheritdoc />
    public PublishedDocument? GetChild(Guid parentKey, string urlSegment) => cache.GetChild(parentKey, urlSegment);
}
