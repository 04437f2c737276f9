namespace CareerCms.Search.Indexing;

/// <summary>
/// Batches commits: the first write after a commit starts one timer of the commit interval; writes before it fires
/// join the same commit. Both methods are called from the write queue.
/// </summary>
internal sealed class CommitScheduler : IDisposable
{
    private readonly Timer _timer;
    private readonly TimeSpan _interval;
    private bool _pending;

    public CommitScheduler(TimeSpan interval, Action requestCommit)
    {
        _interval = interval;
        _timer = new Timer(_ => requestCommit(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void OnWrite()
    {
        if (!_pending)
        {
            _pending = true;
            _timer.Change(_interval, Timeout.InfiniteTimeSpan);
        }
    }

    public void OnCommitted()
    {
        _pending = false;
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Dispose() => _timer.Dispose();
}
