using CareerCms.Web.Backoffice.Content;
using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Content.Services;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>Document CRUD: GET/PUT/DELETE document/{id}, POST document (Umbraco's Management API paths).</summary>
public static class DocumentApi
{
    /// <summary>Maps the endpoints on the v1 group.</summary>
    public static RouteGroupBuilder MapDocumentApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/document").WithTags("Document");
        group.MapGet("/{id:guid}", GetAsync).Produces<DocumentResponse>().ProducesProblem(403).ProducesProblem(404);
        group.MapPost("/", CreateAsync).Produces<DocumentResponse>(201).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapPut("/{id:guid}", UpdateAsync).Produces<DocumentResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        // Umbraco's move-to-recycle-bin, and DELETE as its REST alias: both trash (restore from the recycle bin).
        group.MapPut("/{id:guid}/move-to-recycle-bin", TrashAsync).Produces<DocumentResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapDelete("/{id:guid}", TrashAsync).Produces<DocumentResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        return api;
    }

    internal static async Task<IResult> GetAsync(
        Guid id, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, ContentQueryService query, DocumentPresenter presenter, CancellationToken ct)
    {
        var node = await reader.GetAsync(id, ct).ConfigureAwait(false);
        if (node is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound));
        }

        var deny = node.Trashed ? access.DenyRecycleBin(user, BackofficePermissions.Browse) : await access.DenyAsync(user, BackofficePermissions.Browse, node, ct).ConfigureAwait(false);
        if (deny is not null)
        {
            return deny;
        }

        var document = await query.GetAsync(id, ct).ConfigureAwait(false);
        return document is null
            ? ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound))
            : TypedResults.Ok(await presenter.PresentAsync(document, ct).ConfigureAwait(false));
    }

    internal static async Task<IResult> CreateAsync(
        CreateDocumentRequest request, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, SchemaCatalog schema,
        DocumentSaveValidation validation, ContentEditingService editing, DocumentPresenter presenter, CancellationToken ct)
    {
        TreeNode? parent = null;
        if (request.Parent is { } parentRef)
        {
            parent = await reader.GetAsync(parentRef.Id, ct).ConfigureAwait(false);
            if (parent is null)
            {
                return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.ParentNotFound));
            }
        }

        if (await access.DenyBelowAsync(user, BackofficePermissions.Create, parent, ct).ConfigureAwait(false) is { } deny)
        {
            return deny;
        }

        var type = schema.GetContentType(request.DocumentType.Id);
        if (type is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.ContentTypeNotFound));
        }

        if (!DocumentSaveValidation.IsAllowedUnder(schema, parent, type))
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(
                ContentOperationStatus.ContentTypeNotAllowed, parent is null ? $"'{type.Name}' cannot be created at the root." : $"'{type.Name}' cannot be created under '{parent.Name}'."));
        }

        var name = request.Variants?.FirstOrDefault()?.Name ?? "";
        var (values, problem) = await validation.PrepareAsync(type, request.Id, parent?.Key, name, request.Values, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var result = await editing.SaveAsync(
            new DocumentSaveRequest { Key = request.Id, ParentKey = parent?.Key, ContentTypeAlias = type.Alias, Name = name, Values = values }, user.Id, ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return ManagementProblems.FromContent(result);
        }

        var response = await presenter.PresentAsync(result.Document!, ct).ConfigureAwait(false);
        return TypedResults.Created($"/umbraco/management/api/v1/document/{response.Id:D}", response);
    }

    internal static async Task<IResult> UpdateAsync(
        Guid id, UpdateDocumentRequest request, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, SchemaCatalog schema,
        DocumentSaveValidation validation, ContentEditingService editing, ContentQueryService query, DocumentPresenter presenter, CancellationToken ct)
    {
        var node = await reader.GetAsync(id, ct).ConfigureAwait(false);
        if (node is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound));
        }

        if (await access.DenyAsync(user, BackofficePermissions.Update, node, ct).ConfigureAwait(false) is { } deny)
        {
            return deny;
        }

        if (node.Trashed)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.InRecycleBin, "Restore it before editing."));
        }

        var type = schema.GetContentType(node.ContentTypeAlias);
        if (type is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.ContentTypeNotFound));
        }

        var name = request.Variants?.FirstOrDefault()?.Name ?? "";
        var (values, problem) = await validation.PrepareAsync(type, id, node.ParentKey, name, request.Values, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var result = await editing.SaveAsync(
            new DocumentSaveRequest { Key = id, Name = name, Values = values, ExpectedDraftVersionId = request.ExpectedDraftVersionId }, user.Id, ct).ConfigureAwait(false);
        if (result.Status == ContentOperationStatus.ConcurrencyConflict)
        {
            return ManagementProblems.FromContent(result, await validation.ConflictDetailsAsync(id, ct).ConfigureAwait(false));
        }

        return result.Succeeded
            ? TypedResults.Ok(await presenter.PresentAsync(result.Document!, ct).ConfigureAwait(false))
            : ManagementProblems.FromContent(result);
    }

    internal static async Task<IResult> TrashAsync(
        Guid id, CurrentUser user, DocumentTreeReader reader, DocumentAccess access, ContentRecycleBinService recycleBin, DocumentPresenter presenter, CancellationToken ct)
    {
        var node = await reader.GetAsync(id, ct).ConfigureAwait(false);
        if (node is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound));
        }

        if (await access.DenyAsync(user, BackofficePermissions.Delete, node, ct).ConfigureAwait(false) is { } deny)
        {
            return deny;
        }

        var result = await recycleBin.TrashAsync(id, user.Id, ct).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok(await presenter.PresentAsync(result.Document!, ct).ConfigureAwait(false)) : ManagementProblems.FromContent(result);
    }
}
