namespace CareerCms.Search.Rebuilding;

/// <summary>
/// Progress of one rebuild, shared between the rebuilder (which counts written items) and the populators (which
/// announce how many they will yield). Thread-safe.
/// </summary>
public sealed class PopulationProgress
{
    private readonly IProgress<IndexRebuildProgress>? _observer;
    private long _done;
    private long _total;
    private int _hasTotal;

    internal PopulationProgress(string indexName, IProgress<IndexRebuildProgress>? observer)
    {
        IndexName = indexName;
        _observer = observer;
    }

    /// <summary>The index being rebuilt.</summary>
    public string IndexName { get; }

    /// <summary>Announces that a populator will yield <paramref name="count"/> more items (totals of several populators add up).</summary>
    public void AddExpectedTotal(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Interlocked.Add(ref _total, count);
        Interlocked.Exchange(ref _hasTotal, 1);
        _observer?.Report(Snapshot());
    }

    /// <summary>The current done/total.</summary>
    public IndexRebuildProgress Snapshot() => new(
        IndexName,
        Interlocked.Read(ref _done),
        Volatile.Read(ref _hasTotal) == 1 ? Interlocked.Read(ref _total) : null);

    internal void AddDone(long count)
    {
        Interlocked.Add(ref _done, count);
        _observer?.Report(Snapshot());
    }
}
