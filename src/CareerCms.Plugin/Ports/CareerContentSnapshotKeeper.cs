namespace CareerCms.Plugin.Ports;

/// <summary>
/// Keeps a reader's <see cref="CareerContentSnapshot"/> between changes of the published content, for readers over
/// an in-memory cache. The reader reports each refresh with <see cref="Changed"/> (the refreshed branches, or
/// everything); the next read then reads only those branches again (<see cref="CareerContentSnapshot.WithBranches"/>)
/// instead of every document, and reads in between cost a version check. Thread-safe.
/// </summary>
public sealed class CareerContentSnapshotKeeper
{
    /// <summary>Above this many refreshed branches since the last read, the next read rebuilds everything.</summary>
    public const int MaxPendingBranches = 1_000;

    private readonly Lock _gate = new();
    private Kept? _kept;
    private long _generation;
    private HashSet<Guid>? _pendingBranches = []; // null: everything changed

    /// <summary>
    /// The published content changed: these branches (each key with everything under it) or, when null, anything.
    /// Call it after the source holds the change.
    /// </summary>
    public void Changed(IEnumerable<Guid>? branchKeys)
    {
        lock (_gate)
        {
            _generation++;
            if (branchKeys is null || _pendingBranches is null)
            {
                _pendingBranches = null;
                return;
            }

            _pendingBranches.UnionWith(branchKeys);
            if (_pendingBranches.Count > MaxPendingBranches)
            {
                _pendingBranches = null;
            }
        }
    }

    /// <summary>
    /// The snapshot of the current content. <paramref name="sourceMark"/> is a cheap fingerprint of the source that
    /// changes when it is changed without a <see cref="Changed"/> call (e.g. loaded at start): a different mark
    /// rebuilds everything.
    /// </summary>
    /// <param name="readAll">Every routable published document of the careers types.</param>
    /// <param name="readBranches">The routable published documents of those types at or under any of the keys.</param>
    /// <param name="sourceMark">The source's fingerprint now.</param>
    public CareerContentSnapshot Get(
        Func<IEnumerable<CareerContentItem>> readAll,
        Func<IReadOnlySet<Guid>, IReadOnlyCollection<CareerContentItem>> readBranches,
        long sourceMark = 0)
    {
        ArgumentNullException.ThrowIfNull(readAll);
        ArgumentNullException.ThrowIfNull(readBranches);
        var kept = Volatile.Read(ref _kept);
        if (kept is not null && kept.Generation == Volatile.Read(ref _generation) && kept.SourceMark == sourceMark)
        {
            return kept.Snapshot;
        }

        lock (_gate)
        {
            kept = _kept;
            if (kept is not null && kept.Generation == _generation && kept.SourceMark == sourceMark)
            {
                return kept.Snapshot;
            }

            var snapshot = kept is not null && kept.SourceMark == sourceMark && _pendingBranches is { } pending
                ? kept.Snapshot.WithBranches(pending, readBranches(pending))
                : null;
            snapshot ??= CareerContentSnapshot.Build(readAll(), kept?.Snapshot);
            _pendingBranches = [];
            Volatile.Write(ref _kept, new Kept(snapshot, _generation, sourceMark));
            return snapshot;
        }
    }

    private sealed record Kept(CareerContentSnapshot Snapshot, long Generation, long SourceMark);
}
