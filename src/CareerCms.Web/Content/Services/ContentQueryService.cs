using CareerCms.Web.Content.Documents;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.Content.Services;

/// <summary>Reads documents (drafts included) for the backoffice, imports and tests.</summary>
public sealed class ContentQueryService(DatabaseScopeProvider scopeProvider, DocumentRepository documents, AuditRepository audit)
{
    /// <summary>A document by key.</summary>
    public async Task<Document?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await documents.GetByKeyAsync(connection, key).ConfigureAwait(false);
    }

    /// <summary>Children of a parent (null = roots).</summary>
    public async Task<IReadOnlyList<Document>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (parentKey is null)
        {
            return await documents.GetChildrenAsync(connection, Document.RootParentId).ConfigureAwait(false);
        }

        var parent = await documents.GetByKeyAsync(connection, parentKey.Value).ConfigureAwait(false);
        return parent is null ? [] : await documents.GetChildrenAsync(connection, parent.Id).ConfigureAwait(false);
    }

    /// <summary>Items in the recycle bin (top level).</summary>
    public async Task<IReadOnlyList<Document>> GetRecycleBinAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await documents.GetChildrenAsync(connection, Document.RecycleBinId).ConfigureAwait(false);
    }

    /// <summary>Every document.</summary>
    public async Task<IReadOnlyList<Document>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await documents.GetAllAsync(connection).ConfigureAwait(false);
    }

    /// <summary>A document's versions, newest first.</summary>
    public async Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(Guid key, int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var document = await documents.GetByKeyAsync(connection, key).ConfigureAwait(false);
        return document is null ? [] : await documents.GetVersionsAsync(connection, document.Id, skip, take).ConfigureAwait(false);
    }

    /// <summary>A document's published version, if any.</summary>
    public async Task<DocumentVersion?> GetPublishedVersionAsync(Document document, CancellationToken cancellationToken = default)
    {
        if (document.PublishedVersionId is not { } id)
        {
            return null;
        }

        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await documents.GetVersionAsync(connection, id).ConfigureAwait(false);
    }

    /// <summary>A document's audit history, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> GetHistoryAsync(Guid key, int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await audit.GetForNodeAsync(connection, key, skip, take).ConfigureAwait(false);
    }
}
