using CareerCms.Web.Content.Documents;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Web.Content.Services;

/// <summary>The recycle bin: trash (unpublishing the branch), restore, delete permanently, empty.</summary>
public sealed class ContentRecycleBinService(ContentOperationSupport support)
{
    private const string RecycleBinPath = "-1,-20";

    /// <summary>Moves a document and its descendants to the recycle bin; they are unpublished.</summary>
    public async Task<ContentOperationResult> TrashAsync(Guid key, int userId, CancellationToken cancellationToken = default)
    {
        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        var db = scope.Database;
        var document = await support.Documents.GetByKeyAsync(db.Connection, key, db.Transaction).ConfigureAwait(false);
        if (document is null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.NotFound);
        }

        if (document.Trashed)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.InRecycleBin, $"'{document.Name}' is already in the recycle bin.");
        }

        var content = await support.ToContentAsync(scope, document).ConfigureAwait(false);
        var cancel = scope.PublishCancelable(new ContentMovingToRecycleBinNotification(
            new MoveToRecycleBinEventInfo<IContent>(content, document.Path), scope.Messages));
        if (cancel is not null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.CancelledByNotification, [.. cancel]);
        }

        var descendants = await support.Documents.GetDescendantsAsync(db.Connection, document, db.Transaction).ConfigureAwait(false);
        var trashed = TreePaths.Rebase(document with { OriginalParentId = document.ParentId }, descendants, Document.RecycleBinId, RecycleBinPath, 0)
            .Select(d => d with { Trashed = true, Published = false, PublishedVersionId = null, Edited = true, UpdateDate = support.UtcNow })
            .ToArray();
        foreach (var item in trashed)
        {
            await support.Documents.UpdateNodeAsync(db.Connection, item, db.Transaction).ConfigureAwait(false);
        }

        await support.AuditAsync(scope, trashed[0], userId, AuditAction.Trash).ConfigureAwait(false);
        await support.JournalAsync(scope, [(document.Id, document.Key, TreeChangeTypes.RefreshBranch)]).ConfigureAwait(false);
        var trashedContent = await support.ToContentAsync(scope, trashed[0]).ConfigureAwait(false);
        scope.PublishAfterCommit(new ContentMovedToRecycleBinNotification(
            new MoveToRecycleBinEventInfo<IContent>(trashedContent, document.Path), scope.Messages));
        scope.Complete();
        return ContentOperationResult.Ok(trashed[0]);
    }

    /// <summary>Restores a trashed document to its original parent, or to <paramref name="parentKey"/> when given.</summary>
    public async Task<ContentOperationResult> RestoreAsync(Guid key, Guid? parentKey, int userId, CancellationToken cancellationToken = default)
    {
        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        var db = scope.Database;
        var document = await support.Documents.GetByKeyAsync(db.Connection, key, db.Transaction).ConfigureAwait(false);
        if (document is null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.NotFound);
        }

        if (!document.Trashed)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.NotInRecycleBin, $"'{document.Name}' is not in the recycle bin.");
        }

        Document? parent;
        if (parentKey is not null)
        {
            var (chosen, status) = await support.ResolveParentAsync(scope, parentKey).ConfigureAwait(false);
            if (status != ContentOperationStatus.Success)
            {
                return ContentOperationResult.Fail(status);
            }

            parent = chosen;
        }
        else if (document.OriginalParentId is { } originalId and > 0)
        {
            parent = await support.Documents.GetByIdAsync(db.Connection, originalId, db.Transaction).ConfigureAwait(false);
            if (parent is null || parent.Trashed)
            {
                return ContentOperationResult.Fail(ContentOperationStatus.ParentNotFound, "The original parent no longer exists; choose where to restore to.");
            }
        }
        else
        {
            parent = null;
        }

        if (!support.IsAllowedUnder(parent, support.Schema.GetContentType(document.ContentTypeAlias)!))
        {
            return ContentOperationResult.Fail(ContentOperationStatus.ContentTypeNotAllowed, $"'{document.ContentTypeAlias}' is not allowed there.");
        }

        var result = await ContentBranchMover.MoveBranchAsync(support, scope, document, parent, userId, AuditAction.Restore, trashed: false).ConfigureAwait(false);
        if (result.Succeeded)
        {
            scope.Complete();
        }

        return result;
    }

    /// <summary>Deletes a document and its descendants permanently.</summary>
    public async Task<ContentOperationResult> DeleteAsync(Guid key, int userId, CancellationToken cancellationToken = default)
    {
        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        var document = await support.Documents.GetByKeyAsync(scope.Database.Connection, key, scope.Database.Transaction).ConfigureAwait(false);
        if (document is null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.NotFound);
        }

        var result = await DeleteBranchAsync(scope, document, userId).ConfigureAwait(false);
        if (result.Succeeded)
        {
            scope.Complete();
        }

        return result;
    }

    /// <summary>Deletes everything in the recycle bin.</summary>
    public async Task<ContentOperationResult> EmptyAsync(int userId, CancellationToken cancellationToken = default)
    {
        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        var db = scope.Database;
        var top = await support.Documents.GetChildrenAsync(db.Connection, Document.RecycleBinId, db.Transaction).ConfigureAwait(false);
        var contents = await support.ToContentAsync(scope, top).ConfigureAwait(false);
        var cancel = scope.PublishCancelable(new ContentEmptyingRecycleBinNotification(contents, scope.Messages));
        if (cancel is not null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.CancelledByNotification, [.. cancel]);
        }

        foreach (var item in top)
        {
            var result = await DeleteBranchAsync(scope, item, userId).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        scope.PublishAfterCommit(new ContentEmptiedRecycleBinNotification(contents, scope.Messages));
        scope.Complete();
        return ContentOperationResult.Ok(null);
    }

    private async Task<ContentOperationResult> DeleteBranchAsync(ContentOperationScope scope, Document document, int userId)
    {
        var db = scope.Database;
        var descendants = await support.Documents.GetDescendantsAsync(db.Connection, document, db.Transaction).ConfigureAwait(false);
        var branch = descendants.Reverse().Append(document).ToArray();
        var contents = await support.ToContentAsync(scope, branch).ConfigureAwait(false);
        var cancel = scope.PublishCancelable(new ContentDeletingNotification(contents, scope.Messages));
        if (cancel is not null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.CancelledByNotification, [.. cancel]);
        }

        await support.Documents.DeleteNodesAsync(db.Connection, branch.Select(d => d.Id).ToArray(), db.Transaction).ConfigureAwait(false);
        await support.AuditAsync(scope, document, userId, AuditAction.Delete, $"{branch.Length} item(s)").ConfigureAwait(false);
        await support.JournalAsync(scope, [(document.Id, document.Key, TreeChangeTypes.Remove)]).ConfigureAwait(false);
        foreach (var content in contents)
        {
            scope.PublishAfterCommit(new ContentDeletedNotification(content, scope.Messages));
        }

        return ContentOperationResult.Ok(document);
    }
}
