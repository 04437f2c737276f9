using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Sync.Serialization;
using Umbraco.Cms.Core.Strings;

namespace CareerCms.Web.Sync;

/// <summary>
/// Builds what a document's <c>.config</c> file holds: its parent, uSync's friendly path (each ancestor-or-self
/// name through Umbraco's safe-alias cleaning, e.g. /Careers/MLOpsEngineer) and one value per property of its
/// document type (compositions included), empty values as empty CDATA.
/// </summary>
public sealed class ContentSyncItemFactory(SchemaCatalog schema, IShortStringHelper shortStringHelper)
{
    /// <summary>The file model of <paramref name="document"/>; <paramref name="lookup"/> finds documents by id.</summary>
    public ContentSyncItem Create(Document document, Func<int, Document?> lookup)
    {
        var parent = document.ParentId > 0 ? lookup(document.ParentId) : null;
        var originalParent = document.Trashed && document.OriginalParentId is > 0 and var original ? lookup(original) : null;
        return new ContentSyncItem
        {
            Key = document.Key,
            Name = document.Name,
            Level = document.Trashed ? 100 + document.Level : document.Level,
            ParentKey = parent?.Key ?? Guid.Empty,
            ParentName = parent?.Name ?? string.Empty,
            Path = FriendlyPath(document, lookup),
            Trashed = document.Trashed,
            TrashedParentKey = originalParent?.Key ?? Guid.Empty,
            ContentTypeAlias = document.ContentTypeAlias,
            CreateDate = document.CreateDate,
            SortOrder = document.SortOrder,
            Published = document.Published,
            Values = AllValues(document.ContentTypeAlias, document.Values),
        };
    }

    /// <summary>One value per property of the type (missing ones null), plus any stored value of an unknown alias.</summary>
    public IReadOnlyDictionary<string, string?> AllValues(string contentTypeAlias, IReadOnlyDictionary<string, string?> values)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (schema.GetContentType(contentTypeAlias) is { } type)
        {
            foreach (var property in schema.GetAllProperties(type))
            {
                result[property.Alias] = null;
            }
        }

        foreach (var (alias, value) in values)
        {
            result[alias] = string.IsNullOrEmpty(value) ? null : value;
        }

        return result;
    }

    /// <summary>"/A/B/C" from the safe aliases of the node's names, root first (trashed nodes via their original parent).</summary>
    public string FriendlyPath(Document document, Func<int, Document?> lookup)
    {
        var names = new List<string>();
        var seen = new HashSet<int>();
        for (var current = document; current is not null && seen.Add(current.Id);)
        {
            names.Add(shortStringHelper.CleanStringForSafeAlias(current.Name));
            var parentId = current.ParentId == Document.RecycleBinId ? current.OriginalParentId ?? 0 : current.ParentId;
            current = parentId > 0 ? lookup(parentId) : null;
        }

        names.Reverse();
        return "/" + string.Join('/', names);
    }
}
