using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Published;
using CareerCms.Web.DeliveryApi;

namespace CareerCms.Web.Search.Indexing;

/// <summary>A batch's routable documents as a Delivery API content source, so routes are built by the Delivery API's own builder.</summary>
internal sealed class BatchContentSource(ContentIndexBatch batch) : IDeliveryContentSource
{
    private readonly Dictionary<Guid, PublishedDocument?> _published = [];
    private Dictionary<Guid, Document>? _byKey;

    public bool IsPreview => false;

    public PublishedDocument? Get(Guid key)
    {
        if (_published.TryGetValue(key, out var cached))
        {
            return cached;
        }

        _byKey ??= batch.Documents
            .Concat(batch.Documents.SelectMany(d => d.AncestorIds.Select(batch.Get)).OfType<Document>())
            .GroupBy(d => d.Key)
            .ToDictionary(g => g.Key, g => g.First());
        var published = _byKey.TryGetValue(key, out var document) && batch.IsRoutable(document) ? CareerSearchProjection.Published(batch, document) : null;
        _published[key] = published;
        return published;
    }

    public IReadOnlyList<PublishedDocument> GetRoots() => [];

    public IReadOnlyList<PublishedDocument> GetChildren(Guid parentKey) => [];
}
