using CareerCms.Web.Content.Documents;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Web.Content.Services;

/// <summary>Moves a branch to a new parent (a move, a restore from the bin), firing Moving/Moved.</summary>
internal static class ContentBranchMover
{
    public static async Task<ContentOperationResult> MoveBranchAsync(
        ContentOperationSupport support, ContentOperationScope scope, Document document, Document? parent, int userId, string auditAction, bool trashed)
    {
        var db = scope.Database;
        var parentId = parent?.Id ?? Document.RootParentId;
        var content = await support.ToContentAsync(scope, document).ConfigureAwait(false);
        var moveInfo = new MoveEventInfo<IContent>(content, document.Path, parentId, parent?.Key);
        var cancel = scope.PublishCancelable(new ContentMovingNotification(moveInfo, scope.Messages));
        if (cancel is not null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.CancelledByNotification, [.. cancel]);
        }

        var descendants = await support.Documents.GetDescendantsAsync(db.Connection, document, db.Transaction).ConfigureAwait(false);
        var siblings = await support.Documents.GetSiblingNamesAsync(db.Connection, parentId, document.Id, db.Transaction).ConfigureAwait(false);
        var (name, segment) = support.Naming.MakeUnique(document.Name, siblings);
        var sortOrder = await support.Documents.NextSortOrderAsync(db.Connection, parentId, db.Transaction).ConfigureAwait(false);
        var renamed = document with { Name = name, UrlSegment = segment, SortOrder = sortOrder, UpdateDate = support.UtcNow, WriterId = userId };
        var moved = TreePaths.Rebase(renamed, descendants, parentId, parent?.Path ?? "-1", parent?.Level ?? 0)
            .Select(d => d with { Trashed = trashed, OriginalParentId = trashed ? d.OriginalParentId : null })
            .ToArray();
        foreach (var item in moved)
        {
            await support.Documents.UpdateNodeAsync(db.Connection, item, db.Transaction).ConfigureAwait(false);
        }

        await support.AuditAsync(scope, moved[0], userId, auditAction).ConfigureAwait(false);
        await support.JournalAsync(scope, [(document.Id, document.Key, TreeChangeTypes.RefreshBranch)]).ConfigureAwait(false);
        var movedContent = await support.ToContentAsync(scope, moved[0]).ConfigureAwait(false);
        scope.PublishAfterCommit(new ContentMovedNotification(
            new MoveEventInfo<IContent>(movedContent, document.Path, parentId, parent?.Key), scope.Messages));
        return ContentOperationResult.Ok(moved[0]);
    }
}
