using System.Globalization;
using CareerCms.Search.Model;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.UmbracoAdapters;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.DeliveryApi.Indexing;

/// <summary>
/// Builds the index documents of Umbraco's DeliveryApiContentIndex: one per item and culture (CareerCms content is
/// invariant: culture "none"), composite id "{id}|none", published y/n, and every handler's fields read from Core's
/// <see cref="Umbraco.Cms.Core.Models.IContent"/>. Trashed items and disallowed types get no document.
/// </summary>
public sealed class DeliveryApiValueSetBuilder(
    DeliveryApiIndexDefinition definition,
    DeliveryApiAncestry ancestry,
    UmbracoContentFactory contentFactory,
    PublishedContentCache publishedCache,
    IOptionsMonitor<DeliveryApiSettings> settings)
{
    /// <summary>The index id of a document.</summary>
    public static string IndexId(int id) => id.ToString(CultureInfo.InvariantCulture) + "|" + DeliveryApiIndexFieldNames.InvariantCulture;

    /// <summary>Builds value sets for the loaded documents; documents that must not be indexed are returned as ids to delete.</summary>
    public (IReadOnlyList<ValueSet> Index, IReadOnlyList<string> Delete) Build(DeliveryApiDocumentBatch batch)
    {
        var index = new List<ValueSet>();
        var delete = new List<string>();
        using var scope = ancestry.Use(batch.KeysById);
        foreach (var document in batch.Documents)
        {
            if (document.Trashed || !settings.CurrentValue.IsAllowed(document.ContentTypeAlias))
            {
                delete.Add(IndexId(document.Id));
                continue;
            }

            batch.PublishedVersions.TryGetValue(document.Id, out var published);
            var routable = publishedCache.Get(document.Key) is not null;
            var content = contentFactory.Create(document, published?.Values, published?.Name);
            var values = new Dictionary<string, List<object>>(StringComparer.Ordinal)
            {
                [DeliveryApiIndexFieldNames.Id] = [document.Id.ToString(CultureInfo.InvariantCulture)],
                [DeliveryApiIndexFieldNames.ContentTypeId] = [document.ContentTypeId.ToString(CultureInfo.InvariantCulture)],
                [DeliveryApiIndexFieldNames.Culture] = [DeliveryApiIndexFieldNames.InvariantCulture],
                [DeliveryApiIndexFieldNames.Published] = [routable ? "y" : "n"],
                [DeliveryApiIndexFieldNames.Path] = [document.Path],
                [DeliveryApiIndexFieldNames.NodeName] = [published?.Name ?? document.Name],
            };
            foreach (var handler in definition.Handlers)
            {
                foreach (var field in handler.GetFieldValues(content, null))
                {
                    if (values.ContainsKey(field.FieldName) && definition.GetFieldType(field.FieldName) is null)
                    {
                        continue;
                    }

                    var list = values.TryGetValue(field.FieldName, out var existing) ? existing : values[field.FieldName] = [];
                    list.AddRange(field.Values.Where(v => v is not null));
                }
            }

            index.Add(new ValueSet(
                IndexId(document.Id),
                "content",
                document.ContentTypeAlias,
                values.ToDictionary(p => p.Key, p => (IReadOnlyList<object>)p.Value, StringComparer.Ordinal)));
        }

        return (index, delete);
    }
}

/// <summary>Documents to index with their published versions and the id-to-key map their paths need.</summary>
public sealed record DeliveryApiDocumentBatch(
    IReadOnlyList<Document> Documents,
    IReadOnlyDictionary<int, DocumentVersion> PublishedVersions,
    IReadOnlyDictionary<int, Guid> KeysById);
