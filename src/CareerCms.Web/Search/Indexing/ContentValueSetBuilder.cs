using System.Globalization;
using CareerCms.Search.Model;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Schema;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Builds Umbraco's content value sets (ContentValueSetBuilder): InternalIndex gets every document with its draft
/// values; ExternalIndex gets routable documents with their published values (name, URL name and date of the
/// published version) and returns everything else for deletion. Careers and transition paths in ExternalIndex also
/// get the career search projection.
/// </summary>
/// <remarks>
/// Values are read as stored, with each property's editor from the document type, the same inputs Umbraco's property
/// index value factories get from <c>IContent</c>. Building Core's <c>Content</c> objects per document cost about a
/// third of a rebuild and added nothing the index uses.
/// </remarks>
public sealed class ContentValueSetBuilder(
    SchemaCatalog schema,
    PropertyIndexValues propertyValues,
    CareerSearchProjection projection,
    PublishedContentCache publishedCache,
    IOptionsMonitor<ContentIndexingOptions> options,
    ILogger<ContentValueSetBuilder> logger)
{
    /// <summary>The index id of a document (Umbraco's: the integer id as invariant text).</summary>
    public static string IndexId(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Value sets to write and ids to delete for one index.</summary>
    public (IReadOnlyList<ValueSet> Index, IReadOnlyList<string> Delete) Build(ContentIndexBatch batch, bool publishedValuesOnly)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var context = new BuildContext(batch, publishedCache);
        var index = new List<ValueSet>(batch.Documents.Count);
        var delete = new List<string>();
        var explicitNested = options.CurrentValue.ExplicitlyIndexEachNestedProperty;
        foreach (var document in batch.Documents)
        {
            if (publishedValuesOnly && !batch.IsRoutable(document))
            {
                delete.Add(IndexId(document.Id));
                continue;
            }

            if (schema.GetContentType(document.ContentTypeAlias) is not { } contentType)
            {
                // A document of a deleted document type must not stop a rebuild.
                logger.LogWarning("Document {Id} has unknown document type {Type} and was not indexed", document.Id, document.ContentTypeAlias);
                delete.Add(IndexId(document.Id));
                continue;
            }

            index.Add(BuildOne(context, document, contentType, publishedValuesOnly, explicitNested));
        }

        return (index, delete);
    }

    private ValueSet BuildOne(BuildContext context, Document document, ContentTypeDefinition contentType, bool published, bool explicitNested)
    {
        var version = published ? context.Batch.PublishedVersion(document) : null;
        var fields = new Dictionary<string, List<object>>(StringComparer.Ordinal)
        {
            [ContentIndexFieldNames.Icon] = [contentType.Icon],
            [ContentIndexFieldNames.Published] = [published || document.Published ? "y" : "n"],
            [ContentIndexFieldNames.Id] = [document.Id],
            [ContentIndexFieldNames.Key] = [document.Key.ToString("D")],
            [ContentIndexFieldNames.ParentId] = [document.ParentId],
            [ContentIndexFieldNames.Level] = [document.Level],
            [ContentIndexFieldNames.CreatorId] = [document.CreatorId],
            [ContentIndexFieldNames.SortOrder] = [document.SortOrder],
            [ContentIndexFieldNames.CreateDate] = [document.CreateDate],
            [ContentIndexFieldNames.UpdateDate] = [version is null ? document.UpdateDate : document.PublishDate ?? version.VersionDate],
            [ContentIndexFieldNames.NodeName] = [version?.Name ?? document.Name],
            [ContentIndexFieldNames.UrlName] = [version?.UrlSegment ?? document.UrlSegment],
            [ContentIndexFieldNames.Path] = [document.Path],
            [ContentIndexFieldNames.NodeType] = [document.ContentTypeId.ToString(CultureInfo.InvariantCulture)],
            [ContentIndexFieldNames.WriterId] = [document.WriterId],
            [ContentIndexFieldNames.TemplateId] = [0],
            [ContentIndexFieldNames.VariesByCulture] = ["n"],
        };

        var values = published ? version!.Values : document.Values;
        foreach (var (alias, editorAlias) in propertyValues.EditorsOf(contentType))
        {
            if (values.TryGetValue(alias, out var value))
            {
                propertyValues.Add(fields, alias, editorAlias, value, context.ResolveName, explicitNested);
            }
        }

        if (published && CareerContentTypes.IsSearchable(document.ContentTypeAlias))
        {
            projection.Add(fields, context, document, contentType);
        }

        return new ValueSet(
            IndexId(document.Id),
            ContentIndexFieldNames.ContentCategory,
            document.ContentTypeAlias,
            fields.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<object>)pair.Value, StringComparer.Ordinal));
    }

    /// <summary>What the builders share while building one batch: name lookups and the route source.</summary>
    public sealed class BuildContext(ContentIndexBatch batch, PublishedContentCache publishedCache)
    {
        private Dictionary<Guid, Document>? _byKey;
        private BatchContentSource? _routeSource;

        /// <summary>The batch.</summary>
        public ContentIndexBatch Batch { get; } = batch;

        /// <summary>The batch's routable documents as a Delivery API content source (for routes).</summary>
        internal DeliveryApi.IDeliveryContentSource RouteSource => _routeSource ??= new BatchContentSource(Batch);

        /// <summary>A known document by key.</summary>
        public Document? Get(Guid key)
        {
            _byKey ??= Batch.Documents.Concat(Batch.Documents.SelectMany(d => d.AncestorIds.Select(Batch.Get)).OfType<Document>())
                .Concat(Batch.Documents.SelectMany(d => Batch.ChildrenOf(d.Id)))
                .GroupBy(d => d.Key)
                .ToDictionary(g => g.Key, g => g.First());
            return _byKey.GetValueOrDefault(key);
        }

        /// <summary>The (published, else draft) name of a picked document: the published cache first, then the batch.</summary>
        public string? ResolveName(Guid key) =>
            publishedCache.Get(key)?.Name ?? (Get(key) is { } known ? Batch.PublishedVersion(known)?.Name ?? known.Name : null);
    }
}
