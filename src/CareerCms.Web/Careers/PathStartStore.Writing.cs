using CareerCms.Plugin.Ports;

namespace CareerCms.Web.Careers;

/// <summary>The writer (group commit) and the refresher of <see cref="PathStartStore"/>.</summary>
public sealed partial class PathStartStore
{
    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<PendingStart>(_options.MaxBatchSize);

        // Runs until the channel is completed and drained: stopping the host flushes everything queued.
        while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await WriteAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<PendingStart> batch)
    {
        IReadOnlySet<PathStart> inserted;
        var now = _time.GetUtcNow().UtcDateTime;
        var distinct = batch.Select(p => p.Start).Distinct().ToList();
        await _countsGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await using (var scope = await _database.CreateScopeAsync(CancellationToken.None).ConfigureAwait(false))
            {
                inserted = await _repository.InsertAsync(scope.Connection, scope.Transaction, distinct, now).ConfigureAwait(false);
                var added = inserted.GroupBy(s => s.PathKey).ToDictionary(g => g.Key, g => (long)g.Count());
                if (added.Count > 0)
                {
                    await _repository.AddToCountsAsync(scope.Connection, scope.Transaction, added, now).ConfigureAwait(false);
                }

                scope.Complete();
            }

            // Committed: only now do counts move and callers hear back.
            foreach (var start in inserted)
            {
                _counts.AddOrUpdate(start.PathKey, 1, (_, count) => count + 1);
            }
        }
        catch (Exception ex)
        {
            LogWriteFailed(ex, batch.Count);
            batch.ForEach(p => p.Outcome.TrySetException(ex));
            return;
        }
        finally
        {
            _countsGate.Release();
        }

        // A start repeated within the batch counts once: the first caller gets Counted, the rest AlreadyCounted.
        var answered = new HashSet<PathStart>();
        foreach (var pending in batch)
        {
            var counted = inserted.Contains(pending.Start) && answered.Add(pending.Start);
            pending.Outcome.TrySetResult(counted ? PathStartOutcome.Counted : PathStartOutcome.AlreadyCounted);
        }

        QueueNotification(inserted.Select(s => s.PathKey));
    }

    private async Task RefreshLoopAsync()
    {
        var lastPrune = DateOnly.MinValue;
        using var timer = new PeriodicTimer(_options.CountRefreshInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
            {
                try
                {
                    await RefreshCountsAsync(notify: true, _stopping.Token).ConfigureAwait(false);
                    var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
                    if (today != lastPrune)
                    {
                        await PruneAsync(today.AddDays(1 - _options.RetainDays)).ConfigureAwait(false);
                        lastPrune = today;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogRefreshFailed(ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>Re-reads the totals; with <paramref name="notify"/>, tells observers which paths changed.</summary>
    private async Task RefreshCountsAsync(bool notify, CancellationToken cancellationToken)
    {
        List<Guid> changed;
        await _countsGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Dictionary<Guid, long> stored;
            await using (var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            {
                stored = await _repository.GetCountsAsync(connection).ConfigureAwait(false);
            }

            changed = [.. stored.Where(s => _counts.GetValueOrDefault(s.Key) != s.Value).Select(s => s.Key)];
            foreach (var (key, starts) in stored)
            {
                _counts[key] = starts;
            }

            _countsLoaded = true;
        }
        finally
        {
            _countsGate.Release();
        }

        if (notify)
        {
            QueueNotification(changed);
        }
    }

    private async Task PruneAsync(DateOnly firstKeptDay)
    {
        await using var scope = await _database.CreateScopeAsync(_stopping.Token).ConfigureAwait(false);
        await _repository.PruneAsync(scope.Connection, scope.Transaction, firstKeptDay).ConfigureAwait(false);
        scope.Complete();
    }

    /// <summary>Remembers changed paths for the notifier; many commits in a row make one notification.</summary>
    private void QueueNotification(IEnumerable<Guid> pathKeys)
    {
        lock (_changedPaths)
        {
            var before = _changedPaths.Count;
            _changedPaths.UnionWith(pathKeys);
            if (before == 0 && _changedPaths.Count > 0)
            {
                _changesSignal.Release();
            }
        }
    }

    private async Task NotifyLoopAsync()
    {
        try
        {
            while (true)
            {
                await _changesSignal.WaitAsync(_stopping.Token).ConfigureAwait(false);
                List<Guid> changed;
                lock (_changedPaths)
                {
                    changed = [.. _changedPaths];
                    _changedPaths.Clear();
                }

                await NotifyAsync(changed).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the next start re-indexes every path anyway (CareerIndexStartupSync).
        }
    }

    private async Task NotifyAsync(IReadOnlyCollection<Guid> pathKeys)
    {
        if (pathKeys.Count == 0)
        {
            return;
        }

        foreach (var observer in _observers)
        {
            try
            {
                await observer.CountsChangedAsync(pathKeys, _stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogObserverFailed(ex, observer.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Count} path starts failed; their callers get the error")]
    private partial void LogWriteFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing path-start counts failed; retrying on the next tick")]
    private partial void LogRefreshFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Path-start observer {Observer} failed")]
    private partial void LogObserverFailed(Exception exception, string observer);
}
