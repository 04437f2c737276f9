using CareerCms.Web.Content.Documents;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Documents to index together with what their value sets need: their ancestors (routability, routes, a path's
/// target career), their children (path counts) and the published versions of all of them.
/// </summary>
public sealed class ContentIndexBatch
{
    private readonly IReadOnlyDictionary<int, Document> _known;
    private readonly ILookup<int, Document> _children;

    /// <summary>Creates a batch.</summary>
    /// <param name="documents">The documents to index.</param>
    /// <param name="related">Ancestors and children of the documents (may overlap with them).</param>
    /// <param name="publishedVersions">Published versions by node id, for every document that has one and is needed.</param>
    public ContentIndexBatch(IReadOnlyList<Document> documents, IEnumerable<Document> related, IReadOnlyDictionary<int, DocumentVersion> publishedVersions)
    {
        Documents = documents;
        var known = new Dictionary<int, Document>();
        foreach (var document in documents.Concat(related))
        {
            known.TryAdd(document.Id, document);
        }

        _known = known;
        _children = known.Values.ToLookup(d => d.ParentId);
        PublishedVersions = publishedVersions;
    }

    /// <summary>The documents to index.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>Published versions by node id.</summary>
    public IReadOnlyDictionary<int, DocumentVersion> PublishedVersions { get; }

    /// <summary>A known document (batch, ancestor or child) by id.</summary>
    public Document? Get(int id) => _known.GetValueOrDefault(id);

    /// <summary>The known children of a document.</summary>
    public IEnumerable<Document> ChildrenOf(int id) => _children[id];

    /// <summary>The published version of a document, or null.</summary>
    public DocumentVersion? PublishedVersion(Document document) =>
        document.PublishedVersionId is not null && PublishedVersions.TryGetValue(document.Id, out var version) ? version : null;

    /// <summary>
    /// True when the document is visible on the site: published, not trashed, with a published version, and every
    /// ancestor published and not trashed (Umbraco's "path published").
    /// </summary>
    public bool IsRoutable(Document document) =>
        PublishedVersion(document) is not null && IsPathPublished(document, Get);

    /// <summary>The document and every ancestor are published and not trashed (versions not checked).</summary>
    public static bool IsPathPublished(Document document, Func<int, Document?> get) =>
        document is { Published: true, Trashed: false, PublishedVersionId: not null }
        && document.AncestorIds.All(id => get(id) is { Published: true, Trashed: false });
}
