using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerCms.Search.Indexing;

/// <summary>
/// Near-real-time searchers over a live writer (what Lucene's <c>SearcherManager</c> does for a writer), whose
/// background reopens can be paused. Every NRT reopen flushes the writer's buffered documents into a new segment, so
/// while a rebuild streams documents in, the reopen thread's periodic refresh (every few seconds) would cut the index
/// into many small segments that Lucene then merges again and again. While paused, only explicit refreshes
/// (<see cref="RefreshBlocking"/>, <see cref="RefreshNow"/>) open a new reader.
/// </summary>
internal sealed class NearRealTimeSearcherManager : ReferenceManager<IndexSearcher>
{
    private readonly IndexWriter _writer;
    private readonly bool _applyAllDeletes;
    private volatile bool _paused;
    private int _explicitRefreshes;

    public NearRealTimeSearcherManager(IndexWriter writer, bool applyAllDeletes)
    {
        _writer = writer;
        _applyAllDeletes = applyAllDeletes;
        Current = new IndexSearcher(DirectoryReader.Open(writer, applyAllDeletes));
    }

    /// <summary>While true, refreshes other than explicit ones keep the current searcher.</summary>
    public bool Paused
    {
        get => _paused;
        set => _paused = value;
    }

    /// <summary>Opens a reader with every change applied so far, waiting for a refresh already under way.</summary>
    public void RefreshBlocking()
    {
        Interlocked.Increment(ref _explicitRefreshes);
        try
        {
            MaybeRefreshBlocking();
        }
        finally
        {
            Interlocked.Decrement(ref _explicitRefreshes);
        }
    }

    /// <summary>Opens a reader with every change applied so far unless another thread is refreshing.</summary>
    public void RefreshNow()
    {
        Interlocked.Increment(ref _explicitRefreshes);
        try
        {
            MaybeRefresh();
        }
        finally
        {
            Interlocked.Decrement(ref _explicitRefreshes);
        }
    }

    protected override void DecRef(IndexSearcher reference) => reference.IndexReader.DecRef();

    protected override bool TryIncRef(IndexSearcher reference) => reference.IndexReader.TryIncRef();

    protected override int GetRefCount(IndexSearcher reference) => reference.IndexReader.RefCount;

    /// <summary>A searcher over a newer reader, or null (Lucene's contract) to keep the current one.</summary>
    protected override IndexSearcher RefreshIfNeeded(IndexSearcher referenceToRefresh)
    {
        if (_paused && Volatile.Read(ref _explicitRefreshes) == 0)
        {
            return null!;
        }

        var reader = (DirectoryReader)referenceToRefresh.IndexReader;
        var newer = DirectoryReader.OpenIfChanged(reader, _writer, _applyAllDeletes);
        return newer is null ? null! : new IndexSearcher(newer);
    }
}
