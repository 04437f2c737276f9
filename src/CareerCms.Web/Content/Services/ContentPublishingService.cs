using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Editors;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Web.Content.Services;

/// <summary>Publishes and unpublishes documents (optionally with descendants).</summary>
public sealed class ContentPublishingService(ContentOperationSupport support, DocumentValidator validator)
{
    /// <summary>
    /// Makes the current draft live. With descendants, already-published descendants are republished, and
    /// unpublished ones too when <paramref name="includeUnpublishedDescendants"/> is set.
    /// </summary>
    public async Task<ContentOperationResult> PublishAsync(
        Guid key, int userId, bool includeDescendants = false, bool includeUnpublishedDescendants = false, CancellationToken cancellationToken = default)
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
            return ContentOperationResult.Fail(ContentOperationStatus.InRecycleBin, $"'{document.Name}' is in the recycle bin.");
        }

        var ancestors = await support.Documents.GetByIdsAsync(db.Connection, document.AncestorIds.ToArray(), db.Transaction).ConfigureAwait(false);
        if (ancestors.FirstOrDefault(a => !a.Published) is { } unpublishedAncestor)
        {
            return ContentOperationResult.Fail(
                ContentOperationStatus.PathNotPublished, $"'{document.Name}' cannot be published: its parent '{unpublishedAncestor.Name}' is not published.");
        }

        var targets = new List<Document> { document };
        if (includeDescendants)
        {
            var descendants = await support.Documents.GetDescendantsAsync(db.Connection, document, db.Transaction).ConfigureAwait(false);
            targets.AddRange(descendants.Where(d => includeUnpublishedDescendants || d.Published));
        }

        foreach (var target in targets)
        {
            var type = support.Schema.GetContentType(target.ContentTypeAlias);
            var errors = type is null ? [] : validator.Validate(type, target.Values);
            if (errors.Count > 0)
            {
                return new ContentOperationResult(
                    ContentOperationStatus.ValidationFailed, target, errors, [$"'{target.Name}' has invalid values and was not published."]);
            }
        }

        var cancel = scope.PublishCancelable(new ContentPublishingNotification(await support.ToContentAsync(scope, targets).ConfigureAwait(false), scope.Messages));
        if (cancel is not null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.CancelledByNotification, [.. cancel]);
        }

        var now = support.UtcNow;
        var published = new List<Document>();
        foreach (var target in targets)
        {
            var live = target with
            {
                Published = true,
                Edited = false,
                PublishedVersionId = target.DraftVersionId,
                PublishDate = now,
                PublisherId = userId,
            };
            await support.Documents.UpdateNodeAsync(db.Connection, live, db.Transaction).ConfigureAwait(false);
            await support.AuditAsync(scope, live, userId, AuditAction.Publish).ConfigureAwait(false);
            published.Add(live);
        }

        await support.JournalAsync(scope, [(document.Id, document.Key, TreeChangeTypes.RefreshBranch)]).ConfigureAwait(false);
        scope.PublishAfterCommit(new ContentPublishedNotification(
            await support.ToContentAsync(scope, published).ConfigureAwait(false), scope.Messages, includeDescendants));
        scope.Complete();
        return ContentOperationResult.Ok(published[0]);
    }

    /// <summary>Takes a document offline (its descendants stop being routable too); the draft stays.</summary>
    public async Task<ContentOperationResult> UnpublishAsync(Guid key, int userId, CancellationToken cancellationToken = default)
    {
        await using var scope = await support.BeginAsync(cancellationToken).ConfigureAwait(false);
        var db = scope.Database;
        var document = await support.Documents.GetByKeyAsync(db.Connection, key, db.Transaction).ConfigureAwait(false);
        if (document is null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.NotFound);
        }

        if (!document.Published)
        {
            return ContentOperationResult.Ok(document);
        }

        var content = await support.ToContentAsync(scope, document).ConfigureAwait(false);
        var cancel = scope.PublishCancelable(new ContentUnpublishingNotification(content, scope.Messages));
        if (cancel is not null)
        {
            return ContentOperationResult.Fail(ContentOperationStatus.CancelledByNotification, [.. cancel]);
        }

        var offline = document with { Published = false, Edited = true, PublishedVersionId = null, PublishDate = null };
        await support.Documents.UpdateNodeAsync(db.Connection, offline, db.Transaction).ConfigureAwait(false);
        await support.AuditAsync(scope, offline, userId, AuditAction.Unpublish).ConfigureAwait(false);
        await support.JournalAsync(scope, [(document.Id, document.Key, TreeChangeTypes.RefreshBranch)]).ConfigureAwait(false);
        scope.PublishAfterCommit(new ContentUnpublishedNotification(content, scope.Messages));
        scope.Complete();
        return ContentOperationResult.Ok(offline);
    }
}
