using CareerCms.Web.Composition;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Journal;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Content.UmbracoAdapters;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Web.Content.Services;

/// <summary>What every content operation needs: scope, repositories, schema, IContent mapping, audit and journal.</summary>
public sealed class ContentOperationSupport(
    DatabaseScopeProvider scopeProvider,
    IScopedNotificationPublisherFactory publisherFactory,
    DocumentRepository documents,
    AuditRepository audit,
    ContentChangeJournal journal,
    SchemaCatalog schema,
    UmbracoContentFactory contentFactory,
    DocumentNaming naming,
    TimeProvider clock)
{
    public DocumentRepository Documents => documents;

    public SchemaCatalog Schema => schema;

    public DocumentNaming Naming => naming;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>Begins an operation.</summary>
    public Task<ContentOperationScope> BeginAsync(CancellationToken cancellationToken) =>
        ContentOperationScope.BeginAsync(scopeProvider, publisherFactory, cancellationToken);

    /// <summary>The Core IContent of a document with its published values loaded.</summary>
    public async Task<IContent> ToContentAsync(ContentOperationScope scope, Document document)
    {
        DocumentVersion? published = null;
        if (document.PublishedVersionId is { } publishedVersionId)
        {
            published = await documents.GetVersionAsync(scope.Database.Connection, publishedVersionId, scope.Database.Transaction).ConfigureAwait(false);
        }

        return contentFactory.Create(document, published?.Values, published?.Name);
    }

    /// <summary>The Core IContent of many documents.</summary>
    public async Task<IReadOnlyList<IContent>> ToContentAsync(ContentOperationScope scope, IEnumerable<Document> items)
    {
        var result = new List<IContent>();
        foreach (var item in items)
        {
            result.Add(await ToContentAsync(scope, item).ConfigureAwait(false));
        }

        return result;
    }

    /// <summary>Writes an audit entry in the operation's transaction.</summary>
    public Task AuditAsync(ContentOperationScope scope, Document document, int userId, string action, string? comment = null) =>
        audit.AddAsync(
            scope.Database.Connection,
            new Documents.AuditEntry(0, document.Id, document.Key, userId, action, comment, UtcNow),
            scope.Database.Transaction);

    /// <summary>Records the change in the cache-instruction journal, in the operation's transaction.</summary>
    public Task JournalAsync(ContentOperationScope scope, IEnumerable<(int Id, Guid Key, TreeChangeTypes Change)> changes) =>
        journal.RecordContentAsync(scope.Database, changes);

    /// <summary>Finds a parent for a create or move: null key = root; returns the status when not usable.</summary>
    public async Task<(Document? Parent, ContentOperationStatus Status)> ResolveParentAsync(ContentOperationScope scope, Guid? parentKey)
    {
        if (parentKey is null)
        {
            return (null, ContentOperationStatus.Success);
        }

        var parent = await documents.GetByKeyAsync(scope.Database.Connection, parentKey.Value, scope.Database.Transaction).ConfigureAwait(false);
        if (parent is null)
        {
            return (null, ContentOperationStatus.ParentNotFound);
        }

        return parent.Trashed ? (parent, ContentOperationStatus.InRecycleBin) : (parent, ContentOperationStatus.Success);
    }

    /// <summary>True when a document type may sit under the parent (or at root when parent is null).</summary>
    public bool IsAllowedUnder(Document? parent, ContentTypeDefinition type)
    {
        if (type.IsElement)
        {
            return false;
        }

        if (parent is null)
        {
            return type.AllowAtRoot;
        }

        var parentType = schema.GetContentType(parent.ContentTypeAlias);
        return parentType is not null && parentType.AllowedChildren.Any(c => c.Key == type.Key || c.Alias == type.Alias);
    }
}
