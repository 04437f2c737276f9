using CareerCms.Web.Backoffice.Content;
using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Content.Services;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>
/// Reads for navigation: tree/document/root|children|ancestors (paged, lazy), item/document (picker labels),
/// item/document/search, collection/document/{id} (list view with filter, order and paging).
/// </summary>
public static class DocumentTreeApi
{
    private const int MaxTake = 500;

    /// <summary>Maps the endpoints on the v1 group.</summary>
    public static RouteGroupBuilder MapDocumentTreeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/tree/document/root", RootAsync).WithTags("Document").Produces<PagedResponse<DocumentTreeItemResponse>>().ProducesProblem(403);
        api.MapGet("/tree/document/children", ChildrenAsync).WithTags("Document").Produces<PagedResponse<DocumentTreeItemResponse>>().ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/tree/document/ancestors", AncestorsAsync).WithTags("Document").Produces<IReadOnlyList<DocumentTreeItemResponse>>().ProducesProblem(404);
        api.MapGet("/item/document", ItemsAsync).WithTags("Document").Produces<IReadOnlyList<DocumentTreeItemResponse>>();
        api.MapGet("/item/document/search", SearchAsync).WithTags("Document").Produces<PagedResponse<DocumentTreeItemResponse>>();
        api.MapGet("/collection/document/{id:guid}", CollectionAsync).WithTags("Document").Produces<PagedResponse<DocumentTreeItemResponse>>().ProducesProblem(403).ProducesProblem(404);
        return api;
    }

    internal static async Task<IResult> RootAsync(
        CurrentUser user, DocumentTreeReader reader, DocumentAccess access, DocumentPresenter presenter, CancellationToken ct, int skip = 0, int take = 100)
    {
        if (!user.Sections.Contains(BackofficePermissions.ContentSection) || !user.Can(BackofficePermissions.Browse))
        {
            return ManagementProblems.Forbidden("You have no access to the Content section.");
        }

        if (user.HasRootAccess)
        {
            var (items, total) = await reader.GetChildrenAsync(Document.RootParentId, Math.Max(0, skip), Clamp(take), cancellationToken: ct).ConfigureAwait(false);
            return TypedResults.Ok(new PagedResponse<DocumentTreeItemResponse>(total, items.Select(n => presenter.TreeItem(n)).ToArray()));
        }

        // Umbraco shows a user's start nodes as the roots of their tree.
        var starts = await access.StartNodesAsync(user, ct).ConfigureAwait(false);
        return TypedResults.Ok(new PagedResponse<DocumentTreeItemResponse>(starts.Count, starts.Skip(skip).Take(Clamp(take)).Select(n => presenter.TreeItem(n)).ToArray()));
    }

    internal static async Task<IResult> ChildrenAsync(
        Guid parentId, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, DocumentPresenter presenter, CancellationToken ct, int skip = 0, int take = 100)
    {
        var parent = await reader.GetAsync(parentId, ct).ConfigureAwait(false);
        if (parent is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound));
        }

        var deny = parent.Trashed ? access.DenyRecycleBin(user, BackofficePermissions.Browse) : await access.DenyAsync(user, BackofficePermissions.Browse, parent, ct).ConfigureAwait(false);
        if (deny is not null)
        {
            return deny;
        }

        var (items, total) = await reader.GetChildrenAsync(parent.Id, Math.Max(0, skip), Clamp(take), cancellationToken: ct).ConfigureAwait(false);
        return TypedResults.Ok(new PagedResponse<DocumentTreeItemResponse>(total, items.Select(n => presenter.TreeItem(n)).ToArray()));
    }

    internal static async Task<IResult> AncestorsAsync(
        Guid descendantId, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, DocumentPresenter presenter, CancellationToken ct)
    {
        var node = await reader.GetAsync(descendantId, ct).ConfigureAwait(false);
        if (node is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound));
        }

        if (await access.DenyAsync(user, BackofficePermissions.Browse, node, ct).ConfigureAwait(false) is { } deny)
        {
            return deny;
        }

        var chain = await reader.GetAncestorsAndSelfAsync(node, ct).ConfigureAwait(false);
        var visible = new List<DocumentTreeItemResponse>();
        foreach (var item in chain)
        {
            visible.Add(presenter.TreeItem(item, noAccess: !await access.IsInStartNodesAsync(user, item, ct).ConfigureAwait(false)));
        }

        return TypedResults.Ok(visible);
    }

    internal static async Task<IResult> ItemsAsync(
        Guid[]? id, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, DocumentPresenter presenter, CancellationToken ct)
    {
        var nodes = await reader.GetByKeysAsync(id ?? [], ct).ConfigureAwait(false);
        var result = new List<DocumentTreeItemResponse>();
        foreach (var node in nodes)
        {
            // Labels for pickers: names of items outside the start nodes are still shown, marked noAccess (as Umbraco does).
            result.Add(presenter.TreeItem(node, noAccess: !await access.IsInStartNodesAsync(user, node, ct).ConfigureAwait(false)));
        }

        return TypedResults.Ok(result);
    }

    internal static async Task<IResult> SearchAsync(
        string? query, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, DocumentPresenter presenter, SchemaCatalog schema, CancellationToken ct,
        string? allowedDocumentTypes = null, int take = 20)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return TypedResults.Ok(new PagedResponse<DocumentTreeItemResponse>(0, []));
        }

        var allowed = allowedDocumentTypes?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var found = await reader.SearchAsync(query, allowed is null ? Clamp(take) : MaxTake, ct).ConfigureAwait(false);
        var items = new List<DocumentTreeItemResponse>();
        foreach (var node in found)
        {
            var matchesType = allowed is null || allowed.Contains(node.ContentTypeAlias) || allowed.Contains(schema.GetContentType(node.ContentTypeAlias)?.Key.ToString("D") ?? "");
            if (matchesType && await access.IsInStartNodesAsync(user, node, ct).ConfigureAwait(false))
            {
                items.Add(presenter.TreeItem(node));
            }
        }

        return TypedResults.Ok(new PagedResponse<DocumentTreeItemResponse>(items.Count, items.Take(Clamp(take)).ToArray()));
    }

    internal static async Task<IResult> CollectionAsync(
        Guid id, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, DocumentPresenter presenter, CancellationToken ct,
        string? filter = null, string? orderBy = null, string? orderDirection = null, int skip = 0, int take = 50)
    {
        var parent = await reader.GetAsync(id, ct).ConfigureAwait(false);
        if (parent is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound));
        }

        if (await access.DenyAsync(user, BackofficePermissions.Browse, parent, ct).ConfigureAwait(false) is { } deny)
        {
            return deny;
        }

        var descending = string.Equals(orderDirection, "Descending", StringComparison.OrdinalIgnoreCase) || string.Equals(orderDirection, "desc", StringComparison.OrdinalIgnoreCase);
        var (items, total) = await reader.GetChildrenAsync(parent.Id, Math.Max(0, skip), Clamp(take), filter, orderBy, descending, ct).ConfigureAwait(false);
        var names = await reader.GetUserNamesAsync(items.Select(i => i.WriterId), ct).ConfigureAwait(false);
        return TypedResults.Ok(new PagedResponse<DocumentTreeItemResponse>(total, items.Select(n => presenter.TreeItem(n, userNames: names)).ToArray()));
    }

    private static int Clamp(int take) => Math.Clamp(take, 1, MaxTake);
}
