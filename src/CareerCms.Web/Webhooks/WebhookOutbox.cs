using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CareerCms.Web.Persistence;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.Webhooks;

/// <summary>
/// Turns content changes into <c>umbracoWebhookRequest</c> rows (the outbox), one per subscribed webhook.
/// <para>
/// Transactional path: when the "-ing" notification runs inside an ambient <see cref="DatabaseScope"/> (an operation
/// joined to an outer scope, e.g. an import), the rows are written by a hook in that same transaction right before
/// it commits: a rolled-back or cancelled operation queues nothing, a committed one cannot lose its deliveries.
/// </para>
/// <para>
/// After-commit path (every other operation today: the content engine opens its scope in an async helper, so the
/// ambient scope is not visible to notification handlers): the "-ing" notification records the route each item has
/// before the change, the "-ed" notification (after the commit) hands the events to the dispatcher, which writes the
/// rows in its own transaction within milliseconds. Still at-least-once once written; a crash in that short window
/// loses the deliveries of that one operation.
/// </para>
/// The two paths are told apart per operation by its <see cref="EventMessages"/>, shared by its "-ing" and "-ed"
/// notifications.
/// </summary>
internal sealed class WebhookOutbox(
    DatabaseScopeProvider scopes,
    WebhookRepository repository,
    WebhookPayloadBuilder payloads,
    WebhookDispatchSignal signal,
    IOptionsMonitor<WebhookSettings> settings,
    TimeProvider clock)
{
    private const string PendingKey = "webhooks.pending";
    private readonly ConditionalWeakTable<EventMessages, object> _queuedInTransaction = [];
    private readonly ConditionalWeakTable<EventMessages, ConcurrentDictionary<(string, Guid), string>> _routesBefore = [];
    private readonly ConcurrentQueue<WebhookContentEvent> _committed = new();

    /// <summary>From a "-ing" notification (inside the operation, before its commit).</summary>
    public void Capture(string eventAlias, IEnumerable<IContent> items, EventMessages messages)
    {
        if (!settings.CurrentValue.Enabled)
        {
            return;
        }

        if (scopes.AmbientScope is { } scope)
        {
            var pending = Pending(scope);
            pending.AddRange(items.Select(item => ToEvent(eventAlias, item)));
            _queuedInTransaction.AddOrUpdate(messages, pending);
            return;
        }

        if (eventAlias == WebhookEvents.ContentPublish)
        {
            return;
        }

        // The published cache still shows the item as it was: keep the route it had for the after-commit path.
        var before = _routesBefore.GetValue(messages, _ => new ConcurrentDictionary<(string, Guid), string>());
        foreach (var item in items)
        {
            before[(eventAlias, item.Key)] = payloads.BuildFromCache(ToEvent(eventAlias, item));
        }
    }

    /// <summary>From an "-ed" notification (after the commit, the published cache refreshed).</summary>
    public void Committed(string eventAlias, IEnumerable<IContent> items, EventMessages messages)
    {
        if (!settings.CurrentValue.Enabled || _queuedInTransaction.TryGetValue(messages, out _))
        {
            return;
        }

        _routesBefore.TryGetValue(messages, out var before);
        foreach (var item in items)
        {
            var change = ToEvent(eventAlias, item);
            var body = before?.GetValueOrDefault((eventAlias, item.Key)) ?? payloads.BuildFromCache(change);
            _committed.Enqueue(change with { Body = body });
        }

        signal.Notify();
    }

    /// <summary>Writes the events the after-commit path handed over (the dispatcher calls this before each round).</summary>
    public async Task PersistCommittedAsync(CancellationToken cancellationToken)
    {
        if (_committed.IsEmpty)
        {
            return;
        }

        var events = new List<WebhookContentEvent>();
        while (_committed.TryDequeue(out var change))
        {
            events.Add(change);
        }

        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        await WriteAsync(scope, events).ConfigureAwait(false);
        scope.Complete();
    }

    private static WebhookContentEvent ToEvent(string eventAlias, IContent item) =>
        new(eventAlias, item.Key, item.Id, item.ContentType.Alias, item.Name ?? string.Empty);

    private List<WebhookContentEvent> Pending(DatabaseScope scope)
    {
        if (scope.Items.TryGetValue(PendingKey, out var existing))
        {
            return (List<WebhookContentEvent>)existing;
        }

        var pending = new List<WebhookContentEvent>();
        scope.Items[PendingKey] = pending;
        scope.OnCommitting(() => WriteAsync(scope, pending));
        scope.OnCommitted(() =>
        {
            signal.Notify();
            return Task.CompletedTask;
        });
        return pending;
    }

    private async Task WriteAsync(DatabaseScope scope, List<WebhookContentEvent> pending)
    {
        var webhooks = (await repository.GetAllAsync(scope.Connection, scope.Transaction).ConfigureAwait(false)).Where(w => w.Enabled).ToArray();
        var wanted = pending.Where(e => webhooks.Any(w => w.Wants(e.EventAlias, e.ContentTypeAlias))).ToArray();
        if (wanted.Length == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var requests = new List<WebhookRequest>();
        foreach (var (change, body) in await payloads.BuildAsync(scope, wanted).ConfigureAwait(false))
        {
            requests.AddRange(webhooks.Where(w => w.Wants(change.EventAlias, change.ContentTypeAlias)).Select(webhook =>
                new WebhookRequest(0, Guid.NewGuid(), webhook.Key, change.EventAlias, change.Key, body, 0, WebhookRequest.Pending, now, now)));
        }

        await repository.EnqueueAsync(scope.Connection, requests, scope.Transaction).ConfigureAwait(false);
    }
}
