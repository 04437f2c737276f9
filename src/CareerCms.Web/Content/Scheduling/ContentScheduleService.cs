using System.Globalization;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace CareerCms.Web.Content.Scheduling;

/// <summary>
/// Reads and sets documents' release (publish at) and expire (unpublish at) dates. A new date must lie in the
/// future and an unpublish date after the publish date; a date sent back unchanged is accepted as it is (it may be
/// due and waiting for the scheduler's next run). Every change is written to the document's history.
/// </summary>
public sealed class ContentScheduleService(
    DatabaseScopeProvider scopes,
    DocumentRepository documents,
    ContentScheduleRepository repository,
    AuditRepository audit,
    TimeProvider clock)
{
    /// <summary>The history entry's action for schedule changes and scheduler failures.</summary>
    public const string AuditAction = "Schedule";

    /// <summary>A document's schedule (empty when it has none).</summary>
    public async Task<DocumentSchedule> GetAsync(int nodeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return DocumentSchedule.From(await repository.GetForNodeAsync(connection, nodeId).ConfigureAwait(false));
    }

    /// <summary>The schedules of many documents, by node id (documents without one are left out).</summary>
    public async Task<IReadOnlyDictionary<int, DocumentSchedule>> GetManyAsync(IReadOnlyCollection<int> nodeIds, CancellationToken cancellationToken = default)
    {
        if (nodeIds.Count == 0)
        {
            return new Dictionary<int, DocumentSchedule>();
        }

        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var entries = await repository.GetForNodesAsync(connection, nodeIds).ConfigureAwait(false);
        return entries.GroupBy(e => e.NodeId).ToDictionary(g => g.Key, g => DocumentSchedule.From(g));
    }

    /// <summary>The problems of <paramref name="requested"/> given the stored <paramref name="current"/> schedule.</summary>
    public ContentScheduleResult Validate(DocumentSchedule current, DocumentSchedule requested)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new List<PropertyValidationError>();
        var status = ContentPublishingOperationStatus.Success;
        if (requested.PublishAt is { } publishAt && publishAt != current.PublishAt && publishAt <= now)
        {
            errors.Add(new(ContentScheduleResult.PublishTimeField, "The publish date must be in the future."));
            status = ContentPublishingOperationStatus.PublishTimeNeedsToBeInFuture;
        }

        if (requested.UnpublishAt is { } unpublishAt && unpublishAt != current.UnpublishAt && unpublishAt <= now)
        {
            errors.Add(new(ContentScheduleResult.UnpublishTimeField, "The unpublish date must be in the future."));
            status = status == ContentPublishingOperationStatus.Success ? ContentPublishingOperationStatus.UpublishTimeNeedsToBeInFuture : status;
        }

        if (requested is { PublishAt: { } from, UnpublishAt: { } to } && to <= from)
        {
            errors.Add(new(ContentScheduleResult.UnpublishTimeField, "The unpublish date must be after the publish date."));
            status = status == ContentPublishingOperationStatus.Success ? ContentPublishingOperationStatus.UnpublishTimeNeedsToBeAfterPublishTime : status;
        }

        return new ContentScheduleResult(status, requested, errors);
    }

    /// <summary>Replaces a document's schedule (null dates clear); nothing is stored when the request is invalid.</summary>
    public async Task<ContentScheduleResult> ScheduleAsync(Guid documentKey, DocumentSchedule requested, int userId, CancellationToken cancellationToken = default)
    {
        requested = new DocumentSchedule(Utc(requested.PublishAt), Utc(requested.UnpublishAt));
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var document = await documents.GetByKeyAsync(scope.Connection, documentKey, scope.Transaction).ConfigureAwait(false);
        if (document is null)
        {
            return ContentScheduleResult.Fail(ContentPublishingOperationStatus.ContentNotFound);
        }

        if (document.Trashed && !requested.IsEmpty)
        {
            return ContentScheduleResult.Fail(ContentPublishingOperationStatus.InTrash);
        }

        var current = DocumentSchedule.From(await repository.GetForNodeAsync(scope.Connection, document.Id, scope.Transaction).ConfigureAwait(false));
        var result = Validate(current, requested);
        if (!result.Succeeded || current == requested)
        {
            scope.Complete();
            return result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await repository.SetAsync(scope.Connection, document.Id, ContentScheduleAction.Release, requested.PublishAt, userId, now, scope.Transaction).ConfigureAwait(false);
        await repository.SetAsync(scope.Connection, document.Id, ContentScheduleAction.Expire, requested.UnpublishAt, userId, now, scope.Transaction).ConfigureAwait(false);
        await audit.AddAsync(scope.Connection, new Documents.AuditEntry(0, document.Id, document.Key, userId, AuditAction, Describe(requested), now), scope.Transaction)
            .ConfigureAwait(false);
        scope.Complete();
        return result;
    }

    /// <summary>The history comment for a schedule.</summary>
    public static string Describe(DocumentSchedule schedule) =>
        schedule.IsEmpty
            ? "Schedule cleared"
            : $"Scheduled: publish at {Format(schedule.PublishAt)}, unpublish at {Format(schedule.UnpublishAt)}";

    /// <summary>A UTC date as the history shows it.</summary>
    public static string Format(DateTime? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "—";

    private static DateTime? Utc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Utc } utc => utc,
        { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        { } unspecified => DateTime.SpecifyKind(unspecified, DateTimeKind.Utc),
    };
}
