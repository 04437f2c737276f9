using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Editors;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Web.Content.Services;

/// <summary>Creates and updates documents' drafts (every save is a new version) and rolls back to a version.</summary>
public sealed class ContentEditingService(ContentOperationSupport support, DocumentValidator validator)
{
    /// <summary>Creates a document or saves a new draft version of an existing one.</summary>
    public async Task<ContentOperationResult> SaveAsync(DocumentSaveRequest request, int userId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return ContentOperationResult.Fail(ContentOperationStatus.InvalidName, "A name is required.");
        }

        if (StorableText.NameProblem(request.Name) is { } nameProblem)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.InvalidName, nameProblem);
        }

        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        var db = scope.Database;
        var existing = request.Key is { } key
            ? await support.Documents.GetByKeyAsync(db.Connection, key, db.Transaction).ConfigureAwait(false)
            : null;
        var result = existing is null
            ? await CreateAsync(scope, request, userId).ConfigureAwait(false)
            : await UpdateAsync(scope, existing, request, userId, AuditAction.Save).ConfigureAwait(false);
        if (result.Succeeded)
        {
            scope.Complete();
        }

        return result;
    }

    /// <summary>Restores a previous version's name and values as a new draft (publish to make it live).</summary>
    public async Task<ContentOperationResult> RollbackAsync(Guid key, int versionId, int userId, CancellationToken cancellationToken = default)
    {
        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        var db = scope.Database;
        var document = await support.Documents.GetByKeyAsync(db.Connection, key, db.Transaction).ConfigureAwait(false);
        if (document is null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.NotFound);
        }

        var version = await support.Documents.GetVersionAsync(db.Connection, versionId, db.Transaction).ConfigureAwait(false);
        if (version is null || version.NodeId != document.Id)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.VersionNotFound);
        }

        var request = new DocumentSaveRequest { Key = key, Name = version.Name, Values = version.Values };
        var result = await UpdateAsync(scope, document, request, userId, AuditAction.RollBack).ConfigureAwait(false);
        if (result.Succeeded)
        {
            scope.Complete();
        }

        return result;
    }

    private async Task<ContentOperationResult> CreateAsync(ContentOperationScope scope, DocumentSaveRequest request, int userId)
    {
        var db = scope.Database;
        var type = request.ContentTypeAlias is null ? null : support.Schema.GetContentType(request.ContentTypeAlias);
        if (type is null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.ContentTypeNotFound, $"Unknown document type '{request.ContentTypeAlias}'.");
        }

        var (parent, parentStatus) = await support.ResolveParentAsync(scope, request.ParentKey).ConfigureAwait(false);
        if (parentStatus != ContentOperationStatus.Success)
        {
            return ContentOperationResult.Fail(parentStatus);
        }

        if (!support.IsAllowedUnder(parent, type))
        {
            return ContentOperationResult.Fail(
                ContentOperationStatus.ContentTypeNotAllowed,
                parent is null ? $"'{type.Alias}' is not allowed at the root." : $"'{type.Alias}' is not allowed under '{parent.ContentTypeAlias}'.");
        }

        var errors = validator.Validate(type, request.Values);
        if (errors.Count > 0)
        {
            return new ContentOperationResult(ContentOperationStatus.ValidationFailed, ValidationErrors: errors);
        }

        var parentId = parent?.Id ?? Document.RootParentId;
        var siblings = await support.Documents.GetSiblingNamesAsync(db.Connection, parentId, 0, db.Transaction).ConfigureAwait(false);
        var (name, segment) = support.Naming.MakeUnique(request.Name, siblings);
        var now = support.UtcNow;
        var draft = new Document
        {
            Key = request.Key ?? Guid.NewGuid(),
            ParentId = parentId,
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = request.SortOrder ?? await support.Documents.NextSortOrderAsync(db.Connection, parentId, db.Transaction).ConfigureAwait(false),
            ContentTypeId = type.Id,
            ContentTypeAlias = type.Alias,
            Name = name,
            UrlSegment = segment,
            CreateDate = request.CreateDate ?? now,
            UpdateDate = now,
            CreatorId = userId,
            WriterId = userId,
            Edited = true,
            Values = request.Values,
        };

        if (await PublishSavingAsync(scope, draft, type) is { } cancelled)
        {
            return cancelled;
        }

        var inserted = await support.Documents.InsertNodeAsync(db.Connection, draft, parent?.Path ?? "-1", db.Transaction).ConfigureAwait(false);
        var saved = await WriteVersionAsync(scope, inserted, userId, AuditAction.Save).ConfigureAwait(false);
        return ContentOperationResult.Ok(saved);
    }

    private async Task<ContentOperationResult> UpdateAsync(
        ContentOperationScope scope, Document existing, DocumentSaveRequest request, int userId, string auditAction)
    {
        var db = scope.Database;
        if (request.ExpectedDraftVersionId is { } expected && expected != existing.DraftVersionId)
        {
            return ContentOperationResult.Fail(
                ContentOperationStatus.ConcurrencyConflict,
                $"'{existing.Name}' was saved by someone else (version {existing.DraftVersionId}) after you opened version {expected}.");
        }

        var type = support.Schema.GetContentType(existing.ContentTypeAlias);
        if (type is null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.ContentTypeNotFound);
        }

        var errors = validator.Validate(type, request.Values);
        if (errors.Count > 0)
        {
            return new ContentOperationResult(ContentOperationStatus.ValidationFailed, ValidationErrors: errors);
        }

        var siblings = await support.Documents.GetSiblingNamesAsync(db.Connection, existing.ParentId, existing.Id, db.Transaction).ConfigureAwait(false);
        var (name, segment) = support.Naming.MakeUnique(request.Name, siblings);
        var draft = existing with { Name = name, UrlSegment = segment, Values = request.Values, UpdateDate = support.UtcNow, WriterId = userId };
        if (await PublishSavingAsync(scope, draft, type) is { } cancelled)
        {
            return cancelled;
        }

        return ContentOperationResult.Ok(await WriteVersionAsync(scope, draft, userId, auditAction).ConfigureAwait(false));
    }

    /// <summary>
    /// Publishes ContentSavingNotification. A handler that cancels with messages whose category is a property alias
    /// (Umbraco's EventMessage category) reports field errors: the save fails as ValidationFailed with those errors at
    /// the fields; other cancels fail as CancelledByNotification.
    /// </summary>
    private async Task<ContentOperationResult?> PublishSavingAsync(ContentOperationScope scope, Document draft, Schema.ContentTypeDefinition type)
    {
        var cancel = scope.PublishCancelable(new ContentSavingNotification(await support.ToContentAsync(scope, draft).ConfigureAwait(false), scope.Messages));
        if (cancel is null)
        {
            return null;
        }

        var aliases = support.Schema.GetAllProperties(type).Select(p => p.Alias).ToHashSet(StringComparer.Ordinal);
        var fieldErrors = scope.Messages.GetAll()
            .Where(m => aliases.Contains(m.Category))
            .Select(m => new PropertyValidationError(m.Category, m.Message))
            .ToArray();
        return fieldErrors.Length > 0
            ? new ContentOperationResult(ContentOperationStatus.ValidationFailed, ValidationErrors: fieldErrors, Messages: [.. cancel])
            : ContentOperationResult.Fail(ContentOperationStatus.CancelledByNotification, [.. cancel]);
    }

    private async Task<Document> WriteVersionAsync(ContentOperationScope scope, Document draft, int userId, string auditAction)
    {
        var db = scope.Database;
        var versionId = await support.Documents.InsertVersionAsync(
            db.Connection, new DocumentVersion(0, draft.Id, draft.UpdateDate, userId, draft.Name, draft.UrlSegment, draft.Values), db.Transaction)
            .ConfigureAwait(false);
        var edited = true;
        if (draft.PublishedVersionId is { } publishedId &&
            await support.Documents.GetVersionAsync(db.Connection, publishedId, db.Transaction).ConfigureAwait(false) is { } published)
        {
            edited = published.Name != draft.Name || !PropertyValues.AreEqual(published.Values, draft.Values);
        }

        var saved = draft with { DraftVersionId = versionId, Edited = edited };
        await support.Documents.UpdateNodeAsync(db.Connection, saved, db.Transaction).ConfigureAwait(false);
        await support.AuditAsync(scope, saved, userId, auditAction).ConfigureAwait(false);
        await support.JournalAsync(scope, [(saved.Id, saved.Key, TreeChangeTypes.RefreshNode)]).ConfigureAwait(false);
        scope.PublishAfterCommit(new ContentSavedNotification(await support.ToContentAsync(scope, saved).ConfigureAwait(false), scope.Messages));
        return saved;
    }
}
