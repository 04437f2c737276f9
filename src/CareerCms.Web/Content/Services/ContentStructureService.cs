using CareerCms.Web.Content.Documents;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Web.Content.Services;

/// <summary>Moves, copies and sorts documents in the tree.</summary>
public sealed class ContentStructureService(ContentOperationSupport support)
{
    /// <summary>Moves a document (and its branch) under another parent, or to the root when null.</summary>
    public async Task<ContentOperationResult> MoveAsync(Guid key, Guid? newParentKey, int userId, CancellationToken cancellationToken = default)
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
            return ContentOperationResult.Fail(ContentOperationStatus.InRecycleBin, "Restore the item from the recycle bin instead.");
        }

        var (parent, status) = await support.ResolveParentAsync(scope, newParentKey).ConfigureAwait(false);
        if (status != ContentOperationStatus.Success)
        {
            return ContentOperationResult.Fail(status);
        }

        if (parent is not null && (parent.Id == document.Id || parent.PathIds.Contains(document.Id)))
        {
            return ContentOperationResult.Fail(ContentOperationStatus.InvalidMove, "A document cannot be moved below itself.");
        }

        var type = support.Schema.GetContentType(document.ContentTypeAlias)!;
        if (!support.IsAllowedUnder(parent, type))
        {
            return ContentOperationResult.Fail(ContentOperationStatus.ContentTypeNotAllowed, $"'{type.Alias}' is not allowed there.");
        }

        var result = await ContentBranchMover.MoveBranchAsync(support, scope, document, parent, userId, AuditAction.Move, trashed: false).ConfigureAwait(false);
        if (result.Succeeded)
        {
            scope.Complete();
        }

        return result;
    }

    /// <summary>Copies a document (optionally with descendants) under a parent; copies are unpublished.</summary>
    public async Task<ContentOperationResult> CopyAsync(Guid key, Guid? newParentKey, bool includeDescendants, int userId, CancellationToken cancellationToken = default)
    {
        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        var db = scope.Database;
        var source = await support.Documents.GetByKeyAsync(db.Connection, key, db.Transaction).ConfigureAwait(false);
        if (source is null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.NotFound);
        }

        var (parent, status) = await support.ResolveParentAsync(scope, newParentKey).ConfigureAwait(false);
        if (status != ContentOperationStatus.Success)
        {
            return ContentOperationResult.Fail(status);
        }

        if (!support.IsAllowedUnder(parent, support.Schema.GetContentType(source.ContentTypeAlias)!))
        {
            return ContentOperationResult.Fail(ContentOperationStatus.ContentTypeNotAllowed, $"'{source.ContentTypeAlias}' is not allowed there.");
        }

        var branch = new List<Document> { source };
        if (includeDescendants)
        {
            branch.AddRange(await support.Documents.GetDescendantsAsync(db.Connection, source, db.Transaction).ConfigureAwait(false));
        }

        var newIds = new Dictionary<int, Document>();
        Document? topCopy = null;
        foreach (var original in branch)
        {
            var copyParent = original.Id == source.Id ? parent : newIds[original.ParentId];
            var copy = await CopyNodeAsync(scope, original, copyParent, userId, keepSortOrder: original.Id != source.Id).ConfigureAwait(false);
            if (copy is null)
            {
                return ContentOperationResult.Fail(ContentOperationStatus.CancelledByNotification, [.. scope.Messages.GetAll().Select(m => m.Message)]);
            }

            newIds[original.Id] = copy;
            topCopy ??= copy;
        }

        scope.Complete();
        return ContentOperationResult.Ok(topCopy);
    }

    /// <summary>Sets the order of a parent's children (null = roots) to the given keys.</summary>
    public async Task<ContentOperationResult> SortAsync(Guid? parentKey, IReadOnlyList<Guid> orderedKeys, int userId, CancellationToken cancellationToken = default)
    {
        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        var db = scope.Database;
        var (parent, status) = await support.ResolveParentAsync(scope, parentKey).ConfigureAwait(false);
        if (status != ContentOperationStatus.Success)
        {
            return ContentOperationResult.Fail(status);
        }

        var children = await support.Documents.GetChildrenAsync(db.Connection, parent?.Id ?? Document.RootParentId, db.Transaction).ConfigureAwait(false);
        if (orderedKeys.Distinct().Count() != orderedKeys.Count || orderedKeys.Any(k => children.All(c => c.Key != k)))
        {
            return ContentOperationResult.Fail(ContentOperationStatus.InvalidSort, "Every key must be a distinct child of the parent.");
        }

        // Listed children first in the given order, any others keep their relative order after them.
        var ordered = orderedKeys.Select(k => children.First(c => c.Key == k)).Concat(children.Where(c => !orderedKeys.Contains(c.Key))).ToArray();
        var contents = await support.ToContentAsync(scope, ordered).ConfigureAwait(false);
        var cancel = scope.PublishCancelable(new ContentSortingNotification(contents, scope.Messages));
        if (cancel is not null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.CancelledByNotification, [.. cancel]);
        }

        var changes = new List<(int, Guid, TreeChangeTypes)>();
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].SortOrder == i)
            {
                continue;
            }

            var sorted = ordered[i] with { SortOrder = i };
            await support.Documents.UpdateNodeAsync(db.Connection, sorted, db.Transaction).ConfigureAwait(false);
            await support.AuditAsync(scope, sorted, userId, AuditAction.Sort).ConfigureAwait(false);
            changes.Add((sorted.Id, sorted.Key, TreeChangeTypes.RefreshNode));
        }

        await support.JournalAsync(scope, changes).ConfigureAwait(false);
        scope.PublishAfterCommit(new ContentSortedNotification(contents, scope.Messages));
        scope.Complete();
        return ContentOperationResult.Ok(parent);
    }

    private async Task<Document?> CopyNodeAsync(ContentOperationScope scope, Document original, Document? parent, int userId, bool keepSortOrder)
    {
        var db = scope.Database;
        var parentId = parent?.Id ?? Document.RootParentId;
        var siblings = await support.Documents.GetSiblingNamesAsync(db.Connection, parentId, 0, db.Transaction).ConfigureAwait(false);
        var (name, segment) = support.Naming.MakeUnique(original.Name, siblings);
        var now = support.UtcNow;
        var draft = original with
        {
            Id = 0,
            Key = Guid.NewGuid(),
            ParentId = parentId,
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = keepSortOrder ? original.SortOrder : await support.Documents.NextSortOrderAsync(db.Connection, parentId, db.Transaction).ConfigureAwait(false),
            Name = name,
            UrlSegment = segment,
            CreateDate = now,
            UpdateDate = now,
            CreatorId = userId,
            WriterId = userId,
            Published = false,
            Edited = true,
            PublishedVersionId = null,
            PublishDate = null,
            PublisherId = null,
            DraftVersionId = 0,
            Trashed = false,
            OriginalParentId = null,
        };
        var originalContent = await support.ToContentAsync(scope, original).ConfigureAwait(false);
        var copyContent = await support.ToContentAsync(scope, draft).ConfigureAwait(false);
        if (scope.PublishCancelable(new ContentCopyingNotification(originalContent, copyContent, parentId, parent?.Key, scope.Messages)) is not null)
        {
            return null;
        }

        var inserted = await support.Documents.InsertNodeAsync(db.Connection, draft, parent?.Path ?? "-1", db.Transaction).ConfigureAwait(false);
        var versionId = await support.Documents.InsertVersionAsync(
            db.Connection, new DocumentVersion(0, inserted.Id, now, userId, name, segment, original.Values), db.Transaction).ConfigureAwait(false);
        var saved = inserted with { DraftVersionId = versionId };
        await support.Documents.UpdateNodeAsync(db.Connection, saved, db.Transaction).ConfigureAwait(false);
        await support.AuditAsync(scope, saved, userId, AuditAction.Copy, $"Copied from {original.Key:D}").ConfigureAwait(false);
        await support.JournalAsync(scope, [(saved.Id, saved.Key, TreeChangeTypes.RefreshNode)]).ConfigureAwait(false);
        scope.PublishAfterCommit(new ContentCopiedNotification(
            originalContent, await support.ToContentAsync(scope, saved).ConfigureAwait(false), parentId, parent?.Key, false, scope.Messages));
        return saved;
    }
}
