using CareerCms.Web.Persistence;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace CareerCms.Web.Webhooks;

/// <summary>
/// Delivers the outbox: every <c>Period</c> (and at once when a transaction queued something) it claims the due
/// rows, POSTs them (in order per webhook), logs each attempt, deletes delivered rows and reschedules failed ones
/// with exponential backoff (<c>Period × 2^(n-1)</c>, at most <see cref="WebhookOptions.MaximumBackoff"/>) until
/// <c>MaximumRetries</c> retries are used up, when the row is kept as "failed". At-least-once: a node that dies
/// between a POST and its bookkeeping re-sends it once its claim expires (same <c>Umb-Webhook-Delivery</c> id).
/// </summary>
internal sealed class WebhookDispatcher(
    DatabaseScopeProvider scopes,
    WebhookRepository repository,
    WebhookSender sender,
    WebhookOutbox outbox,
    WebhookDispatchSignal signal,
    IOptionsMonitor<WebhookSettings> settings,
    IOptionsMonitor<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);
    private readonly string _owner = $"{Environment.MachineName}:{Guid.NewGuid():N}";
    private DateTime _lastPrune = DateTime.MinValue;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await outbox.PersistCommittedAsync(stoppingToken).ConfigureAwait(false);
                await DispatchDueAsync(stoppingToken).ConfigureAwait(false);
                await PruneLogsAsync(stoppingToken).ConfigureAwait(false);
                await signal.WaitAsync(settings.CurrentValue.Period, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must outlive a database hiccup; the next poll retries.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Webhook dispatch failed; retrying in {Period}", settings.CurrentValue.Period);
                await Task.Delay(settings.CurrentValue.Period, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Delivers every due request (several batches if needed); returns how many were attempted.</summary>
    internal async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        if (!settings.CurrentValue.Enabled)
        {
            return 0;
        }

        var attempted = 0;
        while (true)
        {
            var current = options.CurrentValue;
            var now = clock.GetUtcNow().UtcDateTime;
            var lease = now + current.RequestTimeout * Math.Max(1, current.BatchSize) + TimeSpan.FromMinutes(1);
            IReadOnlyList<WebhookRequest> batch;
            await using (var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false))
            {
                batch = await repository.ClaimDueAsync(scope.Connection, now, lease, _owner, Math.Max(1, current.BatchSize), scope.Transaction).ConfigureAwait(false);
                scope.Complete();
            }

            if (batch.Count == 0)
            {
                return attempted;
            }

            var webhooks = new Dictionary<Guid, Webhook?>();
            await using (var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var key in batch.Select(r => r.WebhookKey).Distinct())
                {
                    webhooks[key] = await repository.GetAsync(connection, key).ConfigureAwait(false);
                }
            }

            // In order within a webhook, webhooks side by side.
            await Task.WhenAll(batch.GroupBy(r => r.WebhookKey).Select(async group =>
            {
                foreach (var request in group)
                {
                    await DeliverAsync(webhooks[group.Key], request, cancellationToken).ConfigureAwait(false);
                }
            })).ConfigureAwait(false);
            attempted += batch.Count;
        }
    }

    private async Task DeliverAsync(Webhook? webhook, WebhookRequest request, CancellationToken cancellationToken)
    {
        var maximumRetries = Math.Max(0, settings.CurrentValue.MaximumRetries);
        if (webhook is null || !webhook.Enabled)
        {
            // Deleted webhooks take their rows along (cascade); a disabled one keeps them until it is enabled again.
            await using var hold = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
            await repository.RescheduleAsync(hold.Connection, request.Id, request.RetryCount, request.Status,
                clock.GetUtcNow().UtcDateTime + options.CurrentValue.MaximumBackoff, hold.Transaction).ConfigureAwait(false);
            hold.Complete();
            return;
        }

        var attempt = await sender.SendAsync(webhook, request, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        await repository.AddLogAsync(scope.Connection, new WebhookLogEntry(
            0, webhook.Key, request.Key, request.EventAlias, webhook.Url, request.RetryCount, attempt.StatusCode, attempt.RequestHeaders,
            request.RequestBody, attempt.ResponseBody, attempt.ExceptionOccured, now), scope.Transaction).ConfigureAwait(false);
        if (attempt.Succeeded)
        {
            await repository.DeleteRequestAsync(scope.Connection, request.Id, scope.Transaction).ConfigureAwait(false);
        }
        else
        {
            var retries = request.RetryCount + 1;
            var exhausted = retries > maximumRetries;
            await repository.RescheduleAsync(scope.Connection, request.Id, retries, exhausted ? WebhookRequest.Failed : WebhookRequest.Pending,
                now + Backoff(retries), scope.Transaction).ConfigureAwait(false);
            if (exhausted)
            {
                logger.LogWarning("Webhook {Url} gave up on {Event} for {Key} after {Attempts} attempt(s)", webhook.Url, request.EventAlias, request.EntityKey, retries);
            }
        }

        scope.Complete();
    }

    /// <summary>The wait before the n-th retry (n from 1): Period × 2^(n-1), capped.</summary>
    internal TimeSpan Backoff(int retry)
    {
        var period = settings.CurrentValue.Period;
        var cap = options.CurrentValue.MaximumBackoff;
        var factor = Math.Pow(2, Math.Clamp(retry - 1, 0, 30));
        var ticks = period.Ticks * factor;
        return ticks >= cap.Ticks ? cap : TimeSpan.FromTicks((long)ticks);
    }

    private async Task PruneLogsAsync(CancellationToken cancellationToken)
    {
        var current = settings.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        if (!current.EnableLoggingCleanup || now - _lastPrune < PruneInterval)
        {
            return;
        }

        _lastPrune = now;
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        await repository.PruneLogsAsync(scope.Connection, now.AddDays(-Math.Max(1, current.KeepLogsForDays)), scope.Transaction).ConfigureAwait(false);
        scope.Complete();
    }
}
