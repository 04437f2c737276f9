using System.Threading.Channels;
using CareerCms.Search.Indexing;
using CareerCms.Search.Registration;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Keeps ExternalIndex and InternalIndex in step with the cache-instruction journal, off the request thread:
/// content notifications only wake a single background reader (<see cref="ContentIndexSyncWorker"/>), which reads
/// the journal from each index's cursor, applies the changes, and records a durable checkpoint once Lucene has
/// committed them. A crash anywhere between the database commit and that checkpoint is repaired at the next start
/// by replaying the journal from the checkpoint (or rebuilding when it cannot).
/// </summary>
public sealed class ContentIndexSync : IDisposable
{
    private readonly Channel<SyncMessage> _messages = Channel.CreateUnbounded<SyncMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, IndexSyncState> _states = new(StringComparer.OrdinalIgnoreCase);
    private readonly IndexRegistry _registry;
    private readonly ContentIndexCheckpoints _checkpoints;
    private readonly IContentIndexJournal _journal;
    private readonly IOptionsMonitor<ContentIndexingOptions> _options;
    private readonly ILogger<ContentIndexSync> _logger;
    private readonly Lock _gate = new();
    private readonly CareerSearchSimilarityFactory _searcherFactory = new();

    /// <summary>Creates the coordinator.</summary>
    public ContentIndexSync(
        IndexRegistry registry,
        ContentIndexCheckpoints checkpoints,
        IContentIndexJournal journal,
        IOptionsMonitor<ContentIndexingOptions> options,
        ILogger<ContentIndexSync> logger)
    {
        _registry = registry;
        _checkpoints = checkpoints;
        _journal = journal;
        _options = options;
        _logger = logger;
    }

    /// <summary>The messages the worker reads.</summary>
    internal ChannelReader<SyncMessage> Messages => _messages.Reader;

    /// <summary>The states of the content indexes that are registered.</summary>
    public IReadOnlyList<IndexSyncState> States => ContentIndexNames.All.Select(GetState).OfType<IndexSyncState>().ToList();

    /// <summary>The sync state of a content index, created on first use; null for other or unregistered names.</summary>
    public IndexSyncState? GetState(string indexName)
    {
        if (!ContentIndexNames.IsContentIndex(indexName))
        {
            return null;
        }

        lock (_gate)
        {
            if (_states.TryGetValue(indexName, out var state))
            {
                return state;
            }

            if (!_registry.TryGetIndex(indexName, out var index))
            {
                return null;
            }

            ContentIndexTransforms.Attach(index);
            state = new IndexSyncState(index, new CommittedSearcher(index.DirectoryPath, _searcherFactory, _logger));
            index.IndexCommitted += (_, _) => OnCommitted(state);
            _states[index.Name] = state;
            return state;
        }
    }

    /// <summary>
    /// Completes once every content change committed before the call is applied to both indexes and visible to the
    /// career search (committed and reopened). For tests and tools; visitors never wait for indexing.
    /// </summary>
    public async Task WaitForIndexingAsync(CancellationToken cancellationToken = default)
    {
        if (!_options.CurrentValue.Enabled)
        {
            return;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(new SyncMessage.Barrier(done));
        await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Wakes the worker to read the journal (content changed here or on another node).</summary>
    public void NotifyChanged() => Post(new SyncMessage.Wake());

    /// <inheritdoc />
    public void Dispose()
    {
        _messages.Writer.TryComplete();
        lock (_gate)
        {
            foreach (var state in _states.Values)
            {
                state.Searcher.Dispose();
            }
        }
    }

    /// <summary>
    /// Called by the populator as a rebuild starts filling the index: blocks checkpoints, deletes the stored one (a
    /// crash mid-rebuild must rebuild again) and returns the journal position the rebuild's data is at least as new as.
    /// </summary>
    internal async Task<int> BeginPopulationAsync(string indexName, CancellationToken cancellationToken)
    {
        var state = GetState(indexName) ?? throw new InvalidOperationException($"'{indexName}' is not a content index.");
        state.Blocked = true;
        state.PopulationStarted();
        _checkpoints.Delete(state.Index.Name);
        state.WrittenCheckpoint = -1;
        return await _journal.GetLatestIdAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Called by the populator when it has yielded everything (or failed).</summary>
    internal void EndPopulation(string indexName, int snapshot, bool completed) =>
        Post(completed ? new SyncMessage.Populated(indexName, snapshot) : new SyncMessage.PopulationFailed(indexName));

    internal void Post(SyncMessage message)
    {
        if (!_messages.Writer.TryWrite(message) && message is SyncMessage.Barrier barrier)
        {
            barrier.Done.TrySetResult();
        }
    }

    /// <summary>
    /// Runs on the index's write thread after each successful commit. Everything the worker marked applied before
    /// this commit ran is in it (writes and commits are serialized on that thread), so its candidate position is
    /// durable now. Searcher refreshes are skipped during a rebuild so visitors keep the last complete generation.
    /// </summary>
    private void OnCommitted(IndexSyncState state)
    {
        var seq = state.AppliedSeq;
        if (state.Index.IsRebuilding)
        {
            return;
        }

        var candidate = state.Candidate;
        if (!state.Blocked && candidate >= 0 && candidate != state.WrittenCheckpoint)
        {
            try
            {
                var now = DateTime.UtcNow;
                _checkpoints.Write(state.Index.Name, new ContentIndexCheckpoint(candidate, now, ContentIndexCheckpoint.CurrentFormat));
                state.WrittenCheckpoint = candidate;
                state.WrittenUtc = now;
            }
            catch (IOException ex)
            {
                _logger.LogError(ex, "The checkpoint of {IndexName} could not be written", state.Index.Name);
            }
        }

        _ = Task.Run(() => RefreshSearcher(state, seq));
    }

    /// <summary>Reopens the committed searcher and releases waiters up to <paramref name="seq"/>.</summary>
    internal void RefreshSearcher(IndexSyncState state, long seq)
    {
        try
        {
            state.Searcher.Refresh();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Refreshing the committed searcher of {IndexName} failed", state.Index.Name);
        }

        state.MarkVisible(seq);
    }
}

/// <summary>What the sync worker is asked to do.</summary>
internal abstract record SyncMessage
{
    /// <summary>Read the journal (a content notification arrived, or the periodic check).</summary>
    public sealed record Wake : SyncMessage;

    /// <summary>Complete <see cref="Done"/> once everything before it is applied and searchable.</summary>
    public sealed record Barrier(TaskCompletionSource Done) : SyncMessage;

    /// <summary>A rebuild wrote its last batch; its data is at least as new as journal position <see cref="Snapshot"/>.</summary>
    public sealed record Populated(string IndexName, int Snapshot) : SyncMessage;

    /// <summary>A rebuild stopped before yielding everything.</summary>
    public sealed record PopulationFailed(string IndexName) : SyncMessage;

    /// <summary>The rebuild of an index has finished (its rebuilding flag cleared).</summary>
    public sealed record RebuildFinished(string IndexName) : SyncMessage;

    /// <summary>Start a rebuild (a retry after a failure).</summary>
    public sealed record StartRebuild(string IndexName) : SyncMessage;
}
