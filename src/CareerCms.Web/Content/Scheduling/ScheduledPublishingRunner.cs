using CareerCms.Web.Content.Services;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.Content.Scheduling;

/// <summary>
/// Runs the due schedules through the normal <see cref="ContentPublishingService"/> (so notifications, caches,
/// indexes, webhooks and the history follow as for an editor's publish), as Umbraco's super user (-1). Each schedule
/// is claimed by deleting its row in the transaction that publishes or unpublishes: committed together, or neither.
/// A schedule that cannot run (invalid content, unpublished parent, a cancelling handler) is dropped with a history
/// entry saying why, as Umbraco logs and clears it, instead of failing again every period.
/// </summary>
public sealed class ScheduledPublishingRunner(
    DatabaseScopeProvider scopes,
    ContentScheduleRepository repository,
    ContentPublishingService publishing,
    AuditRepository audit,
    IOptionsMonitor<ScheduledPublishingOptions> options,
    TimeProvider clock,
    ILogger<ScheduledPublishingRunner> logger)
{
    /// <summary>The user the scheduler acts as: Umbraco's super user id (-1), which the history shows as "System".</summary>
    public const int SchedulerUserId = -1;

    /// <summary>Runs every schedule due now; returns what happened.</summary>
    public async Task<ScheduledPublishingReport> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var report = new ScheduledPublishingReport();
        var attempted = new HashSet<int>();
        while (true)
        {
            IReadOnlyList<ContentScheduleEntry> due;
            await using (var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            {
                due = await repository.GetDueAsync(connection, clock.GetUtcNow().UtcDateTime, Math.Max(1, options.CurrentValue.BatchSize)).ConfigureAwait(false);
            }

            var fresh = due.Where(e => attempted.Add(e.Id)).ToArray();
            if (fresh.Length == 0)
            {
                return report;
            }

            foreach (var entry in fresh)
            {
                report = Add(report, await RunAsync(entry, cancellationToken).ConfigureAwait(false));
            }
        }
    }

    private async Task<Outcome> RunAsync(ContentScheduleEntry entry, CancellationToken cancellationToken)
    {
        ContentOperationResult result;
        await using (var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await repository.ClaimAsync(scope.Connection, entry.Id, scope.Transaction).ConfigureAwait(false))
            {
                scope.Complete();
                return Outcome.ClaimedElsewhere;
            }

            // Joins this transaction: the claim and the publish commit together.
            result = entry.Action == ContentScheduleAction.Release
                ? await publishing.PublishAsync(entry.NodeKey, SchedulerUserId, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await publishing.UnpublishAsync(entry.NodeKey, SchedulerUserId, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                await NoteAsync(scope, entry, $"{Verb(entry)} by the scheduler (scheduled for {ContentScheduleService.Format(entry.Date)})").ConfigureAwait(false);
                scope.Complete();
                logger.LogInformation("Scheduler: {Action} of document {Key} done", entry.Action, entry.NodeKey);
                return entry.Action == ContentScheduleAction.Release ? Outcome.Published : Outcome.Unpublished;
            }
        }

        // The failed operation rolled the claim back with it; drop the schedule in a transaction of its own.
        var reason = string.Join(" ", result.Messages ?? []) is { Length: > 0 } messages ? messages : result.Status.ToString();
        await using (var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await repository.ClaimAsync(scope.Connection, entry.Id, scope.Transaction).ConfigureAwait(false))
            {
                scope.Complete();
                return Outcome.ClaimedElsewhere;
            }

            await NoteAsync(scope, entry, $"Scheduled {(entry.Action == ContentScheduleAction.Release ? "publish" : "unpublish")} for {ContentScheduleService.Format(entry.Date)} failed: {reason}").ConfigureAwait(false);
            scope.Complete();
        }

        logger.LogWarning("Scheduler: {Action} of document {Key} failed ({Status}): {Reason}", entry.Action, entry.NodeKey, result.Status, reason);
        return Outcome.Failed;
    }

    private Task NoteAsync(DatabaseScope scope, ContentScheduleEntry entry, string comment) =>
        audit.AddAsync(
            scope.Connection,
            new Documents.AuditEntry(0, entry.NodeId, entry.NodeKey, SchedulerUserId, ContentScheduleService.AuditAction, comment, clock.GetUtcNow().UtcDateTime),
            scope.Transaction);

    private static string Verb(ContentScheduleEntry entry) => entry.Action == ContentScheduleAction.Release ? "Published" : "Unpublished";

    private static ScheduledPublishingReport Add(ScheduledPublishingReport report, Outcome outcome) => outcome switch
    {
        Outcome.Published => report with { Published = report.Published + 1 },
        Outcome.Unpublished => report with { Unpublished = report.Unpublished + 1 },
        Outcome.Failed => report with { Failed = report.Failed + 1 },
        _ => report with { ClaimedElsewhere = report.ClaimedElsewhere + 1 },
    };

    private enum Outcome
    {
        Published,
        Unpublished,
        Failed,
        ClaimedElsewhere,
    }
}
