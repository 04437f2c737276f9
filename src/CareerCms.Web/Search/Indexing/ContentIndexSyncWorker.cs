using CareerCms.Search.Rebuilding;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// The single reader of <see cref="ContentIndexSync"/>'s messages: at start it decides, per index, whether the
/// checkpoint can be replayed from or the index must be rebuilt; then it follows the journal, applies changes,
/// reconciles rebuilds and releases waiters. Rebuilds run beside it, never on its loop.
/// </summary>
internal sealed partial class ContentIndexSyncWorker(
    ContentIndexSync sync,
    IContentIndexJournal journal,
    ContentIndexCheckpoints checkpoints,
    ContentIndexLoader loader,
    ContentValueSetBuilder builder,
    IndexRebuilder rebuilder,
    IOptionsMonitor<ContentIndexingOptions> options,
    ILogger<ContentIndexSyncWorker> logger) : BackgroundService
{
    /// <summary>A document id that never exists: deleting it makes the index commit (and so record its checkpoint).</summary>
    private const string CommitNudgeId = "__careercms_checkpoint";

    private static readonly TimeSpan PeriodicWake = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan CheckpointRefresh = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var states = sync.States;
        if (states.Count == 0)
        {
            return;
        }

        if (!options.CurrentValue.Enabled)
        {
            logger.LogWarning("Content indexing is disabled on this node (CareerCms:Search:Indexing:Enabled = false); changes wait in the journal");
            await DrainBarriersAsync(stoppingToken).ConfigureAwait(false);
            return;
        }

        try
        {
            foreach (var state in states)
            {
                try
                {
                    await DecideStartAsync(state, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Whatever went wrong, a rebuild gives a known state.
                    logger.LogError(ex, "Could not decide how to resume {IndexName}; rebuilding it", state.Index.Name);
                    state.Blocked = true;
                    StartRebuild(state.Index.Name, stoppingToken);
                }
            }

            using var timer = new Timer(_ => sync.NotifyChanged(), null, PeriodicWake, PeriodicWake);
            sync.NotifyChanged();
            await RunLoopAsync(states, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever is not checkpointed is replayed at the next start.
        }
    }

    private async Task RunLoopAsync(IReadOnlyList<IndexSyncState> states, CancellationToken stoppingToken)
    {
        var reader = sync.Messages;
        var barriers = new List<TaskCompletionSource>();
        while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var message))
            {
                try
                {
                    await HandleAsync(message, barriers, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // One failed step must not stop the worker (an unhandled exception would stop the host).
                    logger.LogError(ex, "The content index worker failed on {Message}", message.GetType().Name);
                }
            }

            try
            {
                await CatchUpAsync(states, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database or an index is unavailable: keep the cursors, try again on the next wake.
                logger.LogError(ex, "Applying journal instructions to the content indexes failed; retrying later");
                states.ToList().ForEach(s => s.LastError = ex.Message);
            }

            // Barriers are answered only after a catch-up that ran with no rebuild pending: a rebuild's snapshot may
            // be older than changes already applied, and those are replayed by the catch-up after it finishes.
            if (states.All(s => !s.Blocked && !s.Index.IsRebuilding))
            {
                foreach (var done in barriers)
                {
                    _ = ReleaseWhenVisibleAsync(states, done);
                }

                barriers.Clear();
            }
        }
    }

    private async Task HandleAsync(SyncMessage message, List<TaskCompletionSource> barriers, CancellationToken stoppingToken)
    {
        switch (message)
        {
            case SyncMessage.Barrier barrier:
                barriers.Add(barrier.Done);
                break;
            case SyncMessage.Populated populated:
                OnPopulated(populated);
                break;
            case SyncMessage.PopulationFailed failed:
                OnPopulationFailed(failed.IndexName, stoppingToken);
                break;
            case SyncMessage.RebuildFinished finished:
                await OnRebuildFinishedAsync(finished.IndexName, stoppingToken).ConfigureAwait(false);
                break;
            case SyncMessage.StartRebuild start:
                StartRebuild(start.IndexName, stoppingToken);
                break;
        }
    }

    private static async Task ReleaseWhenVisibleAsync(IReadOnlyList<IndexSyncState> states, TaskCompletionSource done)
    {
        await Task.WhenAll(states.Select(s => s.WaitVisibleAsync(s.AppliedSeq))).ConfigureAwait(false);
        done.TrySetResult();
    }

    private async Task DrainBarriersAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in sync.Messages.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            (message as SyncMessage.Barrier)?.Done.TrySetResult();
        }
    }

    private void OnPopulated(SyncMessage.Populated populated)
    {
        if (sync.GetState(populated.IndexName) is not { } state)
        {
            return;
        }

        // Changes committed after the snapshot may have been overwritten by older rebuild batches: replay them.
        state.Cursor = state.Cursor < 0 ? populated.Snapshot : Math.Min(state.Cursor, populated.Snapshot);
        state.LastError = null;
        _ = Task.Run(async () =>
        {
            while (state.Index.IsRebuilding)
            {
                await Task.Delay(50).ConfigureAwait(false);
            }

            sync.Post(new SyncMessage.RebuildFinished(state.Index.Name));
        });
    }

    private void OnPopulationFailed(string indexName, CancellationToken stoppingToken)
    {
        if (sync.GetState(indexName) is { } state)
        {
            state.LastError = "The last rebuild did not complete; it is retried.";
            ScheduleRetry(state, stoppingToken);
        }
    }

    private void ScheduleRetry(IndexSyncState state, CancellationToken stoppingToken)
    {
        if (!state.TryScheduleRetry())
        {
            return;
        }

        var delay = options.CurrentValue.RebuildRetryDelay;
        logger.LogWarning("Rebuilding {IndexName} did not complete; retrying in {Delay}", state.Index.Name, delay);
        _ = Task.Delay(delay, stoppingToken).ContinueWith(
            _ => sync.Post(new SyncMessage.StartRebuild(state.Index.Name)), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private async Task OnRebuildFinishedAsync(string indexName, CancellationToken stoppingToken)
    {
        if (sync.GetState(indexName) is not { } state || state.Index.IsRebuilding)
        {
            return;
        }

        // Everything queued so far (the population and the replays after it) is applied: record it with the next
        // commit, and make the new generation visible to visitors.
        await state.Index.WaitForChangesAsync(stoppingToken).ConfigureAwait(false);
        state.Candidate = state.Cursor;
        state.Blocked = false;
        var seq = state.MarkApplied();
        state.Index.DeleteFromIndex([CommitNudgeId]);
        _ = Task.Run(() => sync.RefreshSearcher(state, seq - 1), CancellationToken.None);
    }

    private void StartRebuild(string indexName, CancellationToken stoppingToken)
    {
        if (sync.GetState(indexName) is not { } state || stoppingToken.IsCancellationRequested)
        {
            return;
        }

        state.RetryStarted();
        if (rebuilder.IsRebuilding(indexName))
        {
            return;
        }

        _ = Task.Run(
            async () =>
            {
                var result = await rebuilder.RebuildAsync(indexName, cancellationToken: stoppingToken).ConfigureAwait(false);
                if (result.Status is IndexRebuildStatus.Failed || (result.Status is IndexRebuildStatus.Cancelled && !stoppingToken.IsCancellationRequested))
                {
                    logger.LogError("Rebuilding {IndexName} failed: {Message}", indexName, result.Message);
                    state.LastError = result.Message;
                    ScheduleRetry(state, stoppingToken);
                }
            },
            CancellationToken.None);
    }
}
