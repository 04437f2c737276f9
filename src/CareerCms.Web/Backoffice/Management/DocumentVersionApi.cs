using CareerCms.Web.Backoffice.Content;
using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>
/// The Info view: document-version (list, one version, rollback) and document/{id}/audit-log (history).
/// A rollback restores the version's values as a new draft; the editor publishes it.
/// </summary>
public static class DocumentVersionApi
{
    /// <summary>Maps the endpoints on the v1 group.</summary>
    public static RouteGroupBuilder MapDocumentVersionApi(this RouteGroupBuilder api)
    {
        api.MapGet("/document-version", ListAsync).WithTags("Document Version").Produces<PagedResponse<DocumentVersionItemResponse>>().ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/document-version/{id:int}", GetAsync).WithTags("Document Version").Produces<DocumentVersionResponse>().ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/document-version/{id:int}/rollback", RollbackAsync).WithTags("Document Version").Produces<DocumentResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/document/{id:guid}/audit-log", AuditLogAsync).WithTags("Document").Produces<PagedResponse<AuditLogResponse>>().ProducesProblem(403).ProducesProblem(404);
        return api;
    }

    internal static async Task<IResult> ListAsync(
        Guid documentId, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, ContentQueryService query, CancellationToken ct, int skip = 0, int take = 50)
    {
        var (document, deny) = await ReadableAsync(documentId, user, reader, access, ct).ConfigureAwait(false);
        if (deny is not null)
        {
            return deny;
        }

        var versions = await query.GetVersionsAsync(documentId, Math.Max(0, skip), Math.Clamp(take, 1, 200), ct).ConfigureAwait(false);
        var names = await reader.GetUserNamesAsync(versions.Select(v => v.UserId), ct).ConfigureAwait(false);
        var total = await reader.CountVersionsAsync(document!.Id, ct).ConfigureAwait(false);
        return TypedResults.Ok(new PagedResponse<DocumentVersionItemResponse>(total, versions.Select(v => new DocumentVersionItemResponse(
            v.Id, new ReferenceById(documentId), new BreadcrumbItem(Guid.Empty, UserName(names, v.UserId)), v.VersionDate,
            v.Id == document.DraftVersionId, v.Id == document.PublishedVersionId, v.Name)).ToArray()));
    }

    internal static async Task<IResult> GetAsync(
        int id, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, DatabaseScopeProvider scopes, DocumentRepository documents,
        DocumentPresenter presenter, CancellationToken ct)
    {
        await using var connection = await scopes.OpenConnectionAsync(ct).ConfigureAwait(false);
        var version = await documents.GetVersionAsync(connection, id).ConfigureAwait(false);
        var document = version is null ? null : await documents.GetByIdAsync(connection, version.NodeId).ConfigureAwait(false);
        if (version is null || document is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.VersionNotFound));
        }

        var node = await reader.GetAsync(document.Key, ct).ConfigureAwait(false);
        var deny = node is null || node.Trashed ? access.DenyRecycleBin(user, BackofficePermissions.Browse) : await access.DenyAsync(user, BackofficePermissions.Browse, node, ct).ConfigureAwait(false);
        if (deny is not null)
        {
            return deny;
        }

        var names = await reader.GetUserNamesAsync([version.UserId], ct).ConfigureAwait(false);
        return TypedResults.Ok(new DocumentVersionResponse(
            version.Id, new ReferenceById(document.Key), presenter.TypeReference(document.ContentTypeAlias),
            new BreadcrumbItem(Guid.Empty, UserName(names, version.UserId)), version.VersionDate, version.Name,
            presenter.Values(document.ContentTypeAlias, version.Values)));
    }

    internal static async Task<IResult> RollbackAsync(
        int id, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, DatabaseScopeProvider scopes, DocumentRepository documents,
        ContentEditingService editing, DocumentPresenter presenter, CancellationToken ct)
    {
        Guid key;
        await using (var connection = await scopes.OpenConnectionAsync(ct).ConfigureAwait(false))
        {
            var version = await documents.GetVersionAsync(connection, id).ConfigureAwait(false);
            var document = version is null ? null : await documents.GetByIdAsync(connection, version.NodeId).ConfigureAwait(false);
            if (document is null)
            {
                return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.VersionNotFound));
            }

            key = document.Key;
        }

        return await DocumentActionsApi.WithNodeAsync(key, user, BackofficePermissions.Rollback, reader, access, presenter, ct,
            () => editing.RollbackAsync(key, id, user.Id, ct)).ConfigureAwait(false);
    }

    internal static async Task<IResult> AuditLogAsync(
        Guid id, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, ContentQueryService query, CancellationToken ct, int skip = 0, int take = 50)
    {
        var (_, deny) = await ReadableAsync(id, user, reader, access, ct).ConfigureAwait(false);
        if (deny is not null)
        {
            return deny;
        }

        var entries = await query.GetHistoryAsync(id, Math.Max(0, skip), Math.Clamp(take, 1, 200), ct).ConfigureAwait(false);
        var names = await reader.GetUserNamesAsync(entries.Select(e => e.UserId), ct).ConfigureAwait(false);
        var total = await reader.CountAuditAsync(id, ct).ConfigureAwait(false);
        return TypedResults.Ok(new PagedResponse<AuditLogResponse>(total, entries.Select(e =>
            new AuditLogResponse(new BreadcrumbItem(Guid.Empty, UserName(names, e.UserId)), e.EventDate, e.Action, e.Comment)).ToArray()));
    }

    private static async Task<(TreeNode? Node, IResult? Deny)> ReadableAsync(
        Guid id, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, CancellationToken ct)
    {
        var node = await reader.GetAsync(id, ct).ConfigureAwait(false);
        if (node is null)
        {
            return (null, ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound)));
        }

        var deny = node.Trashed ? access.DenyRecycleBin(user, BackofficePermissions.Browse) : await access.DenyAsync(user, BackofficePermissions.Browse, node, ct).ConfigureAwait(false);
        return (node, deny);
    }

    private static string UserName(IReadOnlyDictionary<int, string> names, int id) =>
        names.TryGetValue(id, out var name) ? name : id < 0 ? "System" : $"User {id}";
}
