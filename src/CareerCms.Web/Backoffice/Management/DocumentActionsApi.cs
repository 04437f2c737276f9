using CareerCms.Web.Backoffice.Content;
using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Content.Services;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>Publish (and schedule), publish with descendants, unpublish, move, copy and sort (Umbraco's Management API paths).</summary>
public static class DocumentActionsApi
{
    /// <summary>Maps the endpoints on the v1 group.</summary>
    public static RouteGroupBuilder MapDocumentActionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/document").WithTags("Document");
        group.MapPut("/{id:guid}/publish", DocumentPublishScheduling.PublishAsync).Produces<DocumentResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapPut("/{id:guid}/publish-with-descendants", PublishWithDescendantsAsync).Produces<DocumentResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapPut("/{id:guid}/unpublish", UnpublishAsync).Produces<DocumentResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapPut("/{id:guid}/move", MoveAsync).Produces<DocumentResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapPost("/{id:guid}/copy", CopyAsync).Produces<DocumentResponse>(201).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapPut("/sort", SortAsync).Produces(200).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        return api;
    }

    internal static Task<IResult> PublishWithDescendantsAsync(
        Guid id, PublishWithDescendantsRequest? request, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, ContentPublishingService publishing, DocumentPresenter presenter, CancellationToken ct) =>
        WithNodeAsync(id, user, BackofficePermissions.Publish, reader, access, presenter, ct,
            () => publishing.PublishAsync(id, user.Id, includeDescendants: true, includeUnpublishedDescendants: request?.IncludeUnpublishedDescendants ?? false, ct));

    internal static Task<IResult> UnpublishAsync(Guid id, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, ContentPublishingService publishing, DocumentPresenter presenter, CancellationToken ct) =>
        WithNodeAsync(id, user, BackofficePermissions.Unpublish, reader, access, presenter, ct, () => publishing.UnpublishAsync(id, user.Id, ct));

    internal static async Task<IResult> MoveAsync(
        Guid id, MoveDocumentRequest request, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, ContentStructureService structure, DocumentPresenter presenter, CancellationToken ct)
    {
        var (target, problem) = await TargetAsync(request.Target, user, BackofficePermissions.Move, reader, access, ct).ConfigureAwait(false);
        return problem ?? await WithNodeAsync(id, user, BackofficePermissions.Move, reader, access, presenter, ct, () => structure.MoveAsync(id, target?.Key, user.Id, ct)).ConfigureAwait(false);
    }

    internal static async Task<IResult> CopyAsync(
        Guid id, CopyDocumentRequest request, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, ContentStructureService structure, DocumentPresenter presenter, CancellationToken ct)
    {
        var (target, problem) = await TargetAsync(request.Target, user, BackofficePermissions.Create, reader, access, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var result = await WithNodeAsync(id, user, BackofficePermissions.Copy, reader, access, presenter, ct,
            () => structure.CopyAsync(id, target?.Key, request.IncludeDescendants, user.Id, ct)).ConfigureAwait(false);
        return result is Microsoft.AspNetCore.Http.HttpResults.Ok<DocumentResponse> ok
            ? TypedResults.Created($"/umbraco/management/api/v1/document/{ok.Value!.Id:D}", ok.Value)
            : result;
    }

    internal static async Task<IResult> SortAsync(
        SortDocumentRequest request, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, ContentStructureService structure, CancellationToken ct)
    {
        var (parent, problem) = await TargetAsync(request.Parent, user, BackofficePermissions.Sort, reader, access, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var ordered = request.Sorting.OrderBy(s => s.SortOrder).Select(s => s.Id).ToArray();
        var result = await structure.SortAsync(parent?.Key, ordered, user.Id, ct).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok() : ManagementProblems.FromContent(result);
    }

    private static async Task<(TreeNode? Target, IResult? Problem)> TargetAsync(
        ReferenceById? reference, CurrentUser user, string verb, DocumentTreeReader reader, DocumentAccess access, CancellationToken ct)
    {
        TreeNode? target = null;
        if (reference is not null)
        {
            target = await reader.GetAsync(reference.Id, ct).ConfigureAwait(false);
            if (target is null)
            {
                return (null, ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.ParentNotFound)));
            }
        }

        return (target, await access.DenyBelowAsync(user, verb, target, ct).ConfigureAwait(false));
    }

    /// <summary>Loads the node, checks the verb on it, runs the operation and maps its result.</summary>
    internal static async Task<IResult> WithNodeAsync(
        Guid id, CurrentUser user, string verb, DocumentTreeReader reader, DocumentAccess access, DocumentPresenter presenter, CancellationToken ct,
        Func<Task<ContentOperationResult>> operation)
    {
        var node = await reader.GetAsync(id, ct).ConfigureAwait(false);
        if (node is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound));
        }

        var deny = node.Trashed ? access.DenyRecycleBin(user, verb) : await access.DenyAsync(user, verb, node, ct).ConfigureAwait(false);
        if (deny is not null)
        {
            return deny;
        }

        var result = await operation().ConfigureAwait(false);
        if (!result.Succeeded)
        {
            var extensions = result.Document is { } failed ? new Dictionary<string, object?> { ["documentId"] = failed.Key, ["documentName"] = failed.Name } : null;
            return ManagementProblems.FromContent(result, extensions);
        }

        return result.Document is null ? TypedResults.Ok() : TypedResults.Ok(await presenter.PresentAsync(result.Document, ct).ConfigureAwait(false));
    }
}
