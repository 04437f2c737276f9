using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Services;

namespace CareerCms.Web.DeliveryApi;

/// <summary>
/// Preview: the latest draft of every document outside the recycle bin; immutable, shared by preview requests until
/// the next content change (<see cref="PreviewContentSnapshots"/>).
/// </summary>
public sealed class PreviewContentSource : IDeliveryContentSource
{
    private readonly Dictionary<Guid, PublishedDocument> _byKey;
    private readonly ILookup<Guid?, PublishedDocument> _byParent;

    private PreviewContentSource(IReadOnlyList<Document> documents)
    {
        var keysById = documents.ToDictionary(d => d.Id, d => d.Key);
        _byKey = documents.Where(d => !d.Trashed).Select(d => ToItem(d, keysById)).ToDictionary(d => d.Key);
        _byParent = _byKey.Values.OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToLookup(d => d.ParentKey);
    }

    /// <inheritdoc />
    public bool IsPreview => true;

    /// <summary>Loads the drafts.</summary>
    public static async Task<PreviewContentSource> LoadAsync(ContentQueryService query, CancellationToken cancellationToken) =>
        new(await query.GetAllAsync(cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public PublishedDocument? Get(Guid key) => _byKey.GetValueOrDefault(key);

    /// <inheritdoc />
    public IReadOnlyList<PublishedDocument> GetRoots() => _byParent[null].ToArray();

    /// <inheritdoc />
    public IReadOnlyList<PublishedDocument> GetChildren(Guid parentKey) => _byParent[parentKey].ToArray();

    private static PublishedDocument ToItem(Document d, IReadOnlyDictionary<int, Guid> keysById) => new()
    {
        Id = d.Id,
        Key = d.Key,
        ParentId = d.ParentId,
        ParentKey = d.ParentId > 0 && keysById.TryGetValue(d.ParentId, out var parent) ? parent : null,
        Level = d.Level,
        Path = d.Path,
        SortOrder = d.SortOrder,
        ContentTypeAlias = d.ContentTypeAlias,
        Name = d.Name,
        UrlSegment = d.UrlSegment,
        CreateDate = d.CreateDate,
        UpdateDate = d.UpdateDate,
        AncestorKeys = d.AncestorIds.Select(id => keysById[id]).ToArray(),
        Values = d.Values,
    };
}
