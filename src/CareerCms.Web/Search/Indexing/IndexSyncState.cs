using CareerCms.Search.Indexing;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Where one content index stands against the journal. Written by the sync worker (one reader), read by the commit
/// handler on the index's write thread and by diagnostics; fields shared across threads are volatile or locked.
/// </summary>
public sealed class IndexSyncState
{
    private readonly Lock _gate = new();
    private readonly List<(long Seq, TaskCompletionSource Done)> _visibleWaiters = [];
    private long _appliedSeq;
    private long _visibleSeq;
    private volatile int _candidate = -1;
    private volatile bool _blocked = true;
    private int _populations;
    private int _retryPending;

    internal IndexSyncState(LuceneIndex index, CommittedSearcher searcher)
    {
        Index = index;
        Searcher = searcher;
    }

    /// <summary>The index.</summary>
    public LuceneIndex Index { get; }

    /// <summary>The committed-generation searcher of the index.</summary>
    public CommittedSearcher Searcher { get; }

    /// <summary>The last journal instruction whose changes were queued (-1 before start-up decided).</summary>
    public int Cursor { get; internal set; } = -1;

    /// <summary>The checkpoint last written to disk (-1: none).</summary>
    public int WrittenCheckpoint { get; internal set; } = -1;

    /// <summary>When <see cref="WrittenCheckpoint"/> was written or confirmed.</summary>
    public DateTime WrittenUtc { get; internal set; }

    /// <summary>
    /// True while the index's content is not known to match any journal position (a rebuild is populating it, a
    /// rebuild failed, or start-up found no usable checkpoint): no checkpoint is written.
    /// </summary>
    public bool Blocked
    {
        get => _blocked;
        internal set => _blocked = value;
    }

    /// <summary>The position the next commit may record (set after its writes are applied).</summary>
    internal int Candidate
    {
        get => _candidate;
        set => _candidate = value;
    }

    /// <summary>Rebuild populations started in this process.</summary>
    public int Populations => Volatile.Read(ref _populations);

    /// <summary>The last rebuild or indexing failure, for the dashboard.</summary>
    public string? LastError { get; internal set; }

    internal long AppliedSeq => Interlocked.Read(ref _appliedSeq);

    /// <inheritdoc />
    public override string ToString()
    {
        lock (_gate)
        {
            return $"{Index.Name}: cursor {Cursor}, checkpoint {WrittenCheckpoint}, candidate {Candidate}, blocked {Blocked}, rebuilding {Index.IsRebuilding}, " +
                $"populations {Populations}, applied {AppliedSeq}, visible {_visibleSeq}, waiters {_visibleWaiters.Count}, error {LastError ?? "none"}";
        }
    }

    internal void PopulationStarted() => Interlocked.Increment(ref _populations);

    /// <summary>True if no retry was pending (the caller schedules one).</summary>
    internal bool TryScheduleRetry() => Interlocked.Exchange(ref _retryPending, 1) == 0;

    internal void RetryStarted() => Interlocked.Exchange(ref _retryPending, 0);

    /// <summary>Marks that writes queued so far are applied; returns the sequence number searches must reach.</summary>
    internal long MarkApplied() => Interlocked.Increment(ref _appliedSeq);

    /// <summary>Completes when the committed searcher shows every write applied up to <paramref name="seq"/>.</summary>
    internal Task WaitVisibleAsync(long seq)
    {
        lock (_gate)
        {
            if (_visibleSeq >= seq)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _visibleWaiters.Add((seq, done));
            return done.Task;
        }
    }

    /// <summary>Records that searches now show writes up to <paramref name="seq"/> and releases their waiters.</summary>
    internal void MarkVisible(long seq)
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            if (seq <= _visibleSeq)
            {
                return;
            }

            _visibleSeq = seq;
            ready = _visibleWaiters.Where(w => w.Seq <= seq).Select(w => w.Done).ToList();
            _visibleWaiters.RemoveAll(w => w.Seq <= seq);
        }

        ready.ForEach(done => done.TrySetResult());
    }
}
