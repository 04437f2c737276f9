using System.Text.Json;
using CareerCms.Web.Backoffice.Management;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Scheduling;
using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.Backoffice.Content;

/// <summary>Turns documents and tree nodes into Management API responses (Umbraco's shapes where Umbraco has one).</summary>
public sealed class DocumentPresenter(SchemaCatalog schema, DocumentTreeReader reader, ContentScheduleService schedules)
{
    /// <summary>The document type reference for an alias (a placeholder when the type was deleted).</summary>
    public DocumentTypeReference TypeReference(string alias) =>
        schema.GetContentType(alias) is { } type
            ? new DocumentTypeReference(type.Key, type.Alias, type.Name, type.Icon, type.IsElement)
            : new DocumentTypeReference(Guid.Empty, alias, alias, "icon-document", false);

    /// <summary>Umbraco's variant state of a node.</summary>
    public static string State(bool published, bool edited) =>
        !published ? "Draft" : edited ? "PublishedPendingChanges" : "Published";

    /// <summary>The full document for the workspace.</summary>
    public async Task<DocumentResponse> PresentAsync(Document document, CancellationToken cancellationToken = default)
    {
        var node = await reader.GetAsync(document.Key, cancellationToken).ConfigureAwait(false);
        var ancestors = node is null
            ? []
            : (await reader.GetAncestorsAndSelfAsync(node, cancellationToken).ConfigureAwait(false)).Where(a => a.Key != document.Key).Select(a => new BreadcrumbItem(a.Key, a.Name)).ToArray();
        var schedule = await schedules.GetAsync(document.Id, cancellationToken).ConfigureAwait(false);
        return new DocumentResponse(
            document.Key,
            TypeReference(document.ContentTypeAlias),
            node?.ParentKey is { } parentKey && document.ParentId > 0 ? new ReferenceById(parentKey) : null,
            document.Trashed,
            [new DocumentVariantResponse(
                null, null, document.Name, State(document.Published, document.Edited), document.CreateDate, document.UpdateDate, document.PublishDate,
                schedule.PublishAt, schedule.UnpublishAt)],
            Values(document.ContentTypeAlias, document.Values),
            document.DraftVersionId,
            document.PublishedVersionId,
            node?.ChildCount ?? 0,
            ancestors,
            document.UrlSegment);
    }

    /// <summary>Values with their editor aliases, in the type's property order.</summary>
    public IReadOnlyList<DocumentValueResponse> Values(string contentTypeAlias, IReadOnlyDictionary<string, string?> values)
    {
        var type = schema.GetContentType(contentTypeAlias);
        var properties = type is null ? [] : schema.GetAllProperties(type);
        return properties
            .Where(p => values.ContainsKey(p.Alias))
            .Select(p => new DocumentValueResponse(p.Alias, null, null, values[p.Alias], p.EditorAlias))
            .ToArray();
    }

    /// <summary>A tree, collection or recycle-bin item.</summary>
    public DocumentTreeItemResponse TreeItem(TreeNode node, bool noAccess = false, IReadOnlyDictionary<int, string>? userNames = null) =>
        new(
            node.Key,
            node.ParentKey is { } parent && node.ParentId > 0 ? new ReferenceById(parent) : null,
            node.ChildCount > 0,
            node.ChildCount,
            node.Trashed,
            noAccess,
            TypeReference(node.ContentTypeAlias),
            [new DocumentVariantResponse(null, null, node.Name, State(node.Published, node.Edited), node.CreateDate, node.UpdateDate, null)],
            node.SortOrder,
            userNames is not null && userNames.TryGetValue(node.WriterId, out var name) ? name : null);

    /// <summary>Request values as stored strings: strings as they are, null as null, anything else as JSON text.</summary>
    public static Dictionary<string, string?> ToStoredValues(IReadOnlyList<DocumentValueRequest>? values)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var value in values ?? [])
        {
            result[value.Alias] = value.Value switch
            {
                null => null,
                { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
                { ValueKind: JsonValueKind.String } s => s.GetString(),
                { } other => other.GetRawText(),
            };
        }

        return result;
    }
}
