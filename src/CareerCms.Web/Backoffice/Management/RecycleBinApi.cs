using CareerCms.Web.Backoffice.Content;
using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Services;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>recycle-bin/document: list, restore (to the original parent or a chosen one), delete permanently, empty.</summary>
public static class RecycleBinApi
{
    /// <summary>Maps the endpoints on the v1 group.</summary>
    public static RouteGroupBuilder MapRecycleBinApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/recycle-bin/document").WithTags("Document Recycle Bin");
        group.MapGet("/root", RootAsync).Produces<PagedResponse<DocumentTreeItemResponse>>().ProducesProblem(403);
        group.MapGet("/children", ChildrenAsync).Produces<PagedResponse<DocumentTreeItemResponse>>().ProducesProblem(403).ProducesProblem(404);
        group.MapPut("/{id:guid}/restore", RestoreAsync).Produces<DocumentResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapDelete("/{id:guid}", DeleteAsync).Produces(200).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapDelete("/", EmptyAsync).Produces(200).ProducesProblem(400).ProducesProblem(403);
        return api;
    }

    internal static async Task<IResult> RootAsync(CurrentUser user, DocumentAccess access, DocumentTreeReader reader, DocumentPresenter presenter, CancellationToken ct, int skip = 0, int take = 100)
    {
        if (access.DenyRecycleBin(user, BackofficePermissions.Browse) is { } deny)
        {
            return deny;
        }

        var (items, total) = await reader.GetChildrenAsync(Document.RecycleBinId, Math.Max(0, skip), Math.Clamp(take, 1, 500), cancellationToken: ct).ConfigureAwait(false);
        return TypedResults.Ok(new PagedResponse<DocumentTreeItemResponse>(total, items.Select(n => presenter.TreeItem(n)).ToArray()));
    }

    internal static async Task<IResult> ChildrenAsync(
        Guid parentId, CurrentUser user, DocumentAccess access, DocumentTreeReader reader, DocumentPresenter presenter, CancellationToken ct, int skip = 0, int take = 100)
    {
        if (access.DenyRecycleBin(user, BackofficePermissions.Browse) is { } deny)
        {
            return deny;
        }

        var parent = await reader.GetAsync(parentId, ct).ConfigureAwait(false);
        if (parent is null || !parent.Trashed)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotInRecycleBin));
        }

        var (items, total) = await reader.GetChildrenAsync(parent.Id, Math.Max(0, skip), Math.Clamp(take, 1, 500), cancellationToken: ct).ConfigureAwait(false);
        return TypedResults.Ok(new PagedResponse<DocumentTreeItemResponse>(total, items.Select(n => presenter.TreeItem(n)).ToArray()));
    }

    internal static async Task<IResult> RestoreAsync(
        Guid id, MoveDocumentRequest? request, CurrentUser user, DocumentAccess access, DocumentTreeReader reader, ContentRecycleBinService recycleBin,
        DocumentPresenter presenter, CancellationToken ct)
    {
        // Restoring puts content back into the tree: the user needs Move (Umbraco's restore is a move out of the bin).
        if (access.DenyRecycleBin(user, BackofficePermissions.Move) is { } deny)
        {
            return deny;
        }

        return await DocumentActionsApi.WithNodeAsync(id, user, BackofficePermissions.Move, reader, access, presenter, ct,
            () => recycleBin.RestoreAsync(id, request?.Target?.Id, user.Id, ct)).ConfigureAwait(false);
    }

    internal static async Task<IResult> DeleteAsync(Guid id, CurrentUser user, DocumentAccess access, DocumentTreeReader reader, ContentRecycleBinService recycleBin, CancellationToken ct)
    {
        if (access.DenyRecycleBin(user, BackofficePermissions.Delete) is { } deny)
        {
            return deny;
        }

        var node = await reader.GetAsync(id, ct).ConfigureAwait(false);
        if (node is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound));
        }

        if (!node.Trashed)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotInRecycleBin, "Move it to the recycle bin first."));
        }

        var result = await recycleBin.DeleteAsync(id, user.Id, ct).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok() : ManagementProblems.FromContent(result);
    }

    internal static async Task<IResult> EmptyAsync(CurrentUser user, DocumentAccess access, ContentRecycleBinService recycleBin, CancellationToken ct)
    {
        if (access.DenyRecycleBin(user, BackofficePermissions.Delete) is { } deny)
        {
            return deny;
        }

        var result = await recycleBin.EmptyAsync(user.Id, ct).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok() : ManagementProblems.FromContent(result);
    }
}
