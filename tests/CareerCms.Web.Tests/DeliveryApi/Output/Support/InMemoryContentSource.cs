using CareerCms.Web.Content.Published;
using CareerCms.Web.DeliveryApi;

namespace CareerCms.Web.Tests.DeliveryApi.Output.Support;

/// <summary>A content source over a dictionary of items (published or preview, as told).</summary>
public sealed class InMemoryContentSource(bool isPreview = false) : IDeliveryContentSource
{
    private readonly Dictionary<Guid, PublishedDocument> _items = [];

    public bool IsPreview { get; } = isPreview;

    public void Add(PublishedDocument item) => _items[item.Key] = item;

    public void Remove(Guid key) => _items.Remove(key);

    public PublishedDocument? Get(Guid key) => _items.GetValueOrDefault(key);

    public IReadOnlyList<PublishedDocument> GetRoots() => [.. _items.Values.Where(i => i.ParentKey is null).OrderBy(i => i.SortOrder)];

    public IReadOnlyList<PublishedDocument> GetChildren(Guid parentKey) =>
        [.. _items.Values.Where(i => i.ParentKey == parentKey).OrderBy(i => i.SortOrder)];
}
