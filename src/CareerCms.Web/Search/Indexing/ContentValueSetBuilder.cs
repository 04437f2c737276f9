using System.Globalization;
using CareerCms.Search.Model;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.UmbracoAdapters;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Builds Umbraco's content value sets (ContentValueSetBuilder) from Core's <see cref="IContent"/>: InternalIndex
/// gets every document with its draft values; ExternalIndex gets routable documents with their published values
/// (name, URL name and update date of the published version) and returns everything else for deletion. Careers
/// and transition paths in ExternalIndex also get the career search projection.
/// </summary>
public sealed class ContentValueSetBuilder(
    UmbracoContentFactory contentFactory,
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
        foreach (var document in batch.Documents)
        {
            if (publishedValuesOnly && !batch.IsRoutable(document))
            {
                delete.Add(IndexId(document.Id));
                continue;
            }

            try
            {
                index.Add(BuildOne(context, document, publishedValuesOnly));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
            {
                // One broken document (e.g. of a deleted document type) must not stop a rebuild.
                logger.LogWarning(ex, "Document {Id} ({Type}) was not indexed", document.Id, document.ContentTypeAlias);
                delete.Add(IndexId(document.Id));
            }
        }

        return (index, delete);
    }

    private ValueSet BuildOne(BuildContext context, Document document, bool published)
    {
        var version = published ? context.Batch.PublishedVersion(document) : null;
        var content = context.Content(contentFactory, document);
        var fields = new Dictionary<string, List<object>>(StringComparer.Ordinal)
        {
            [ContentIndexFieldNames.Icon] = [content.ContentType.Icon ?? "icon-document"],
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

        var explicitNested = options.CurrentValue.ExplicitlyIndexEachNestedProperty;
        foreach (var property in content.Properties)
        {
            var value = property.GetValue(null, null, published);
            propertyValues.Add(fields, property.Alias, property.PropertyType.PropertyEditorAlias, value, context.ResolveName, explicitNested);
        }

        if (published && CareerContentTypes.IsSearchable(document.ContentTypeAlias))
        {
            projection.Add(fields, context, document, content);
        }

        return new ValueSet(
            IndexId(document.Id),
            ContentIndexFieldNames.ContentCategory,
            document.ContentTypeAlias,
            fields.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<object>)pair.Value, StringComparer.Ordinal));
    }

    /// <summary>What the builders share while building one batch: Core content per document and name lookups.</summary>
    public sealed class BuildContext(ContentIndexBatch batch, PublishedContentCache publishedCache)
    {
        private readonly Dictionary<int, IContent> _contents = [];
        private Dictionary<Guid, Document>? _byKey;
        private BatchContentSource? _routeSource;

        /// <summary>The batch.</summary>
        public ContentIndexBatch Batch { get; } = batch;

        /// <summary>The batch's routable documents as a Delivery API content source (for routes).</summary>
        internal DeliveryApi.IDeliveryContentSource RouteSource => _routeSource ??= new BatchContentSource(Batch);

        /// <summary>Core content for a known document (draft and published values), built once per batch.</summary>
        public IContent Content(UmbracoContentFactory factory, Document document)
        {
            if (!_contents.TryGetValue(document.Id, out var content))
            {
                var version = Batch.PublishedVersion(document);
                _contents[document.Id] = content = factory.Create(document, version?.Values, version?.Name);
            }

            return content;
        }

        /// <summary>A known document by key.</summary>
        public Document? Get(Guid key)
        {
            _byKey ??= Batch.Documents.Concat(Batch.Documents.SelectMany(d => d.AncestorIds.Select(Batch.Get)).OfType<Document>())
                .Concat(Batch.Documents.SelectMany(d => Batch.ChildrenOf(d.Id)))
                .GroupBy(d => d.Key)
                .ToDictionary(g => g.Key, g => g.First());
            return _byKey.GetValueOrDefault(key);
        }

        /// <summary>The (published, else draft) name of a picked document: the batch first, then the published cache.</summary>
        public string? ResolveName(Guid key) =>
            publishedCache.Get(key)?.Name ?? (Get(key) is { } known ? Batch.PublishedVersion(known)?.Name ?? known.Name : null);
    }
}
