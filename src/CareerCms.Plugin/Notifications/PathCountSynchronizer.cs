using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Ports;
using Microsoft.Extensions.Logging;

namespace CareerCms.Plugin.Notifications;

/// <summary>
/// Keeps the node's <see cref="PathCountStore"/> equal to a recount of the published content. The first read
/// recounts everything (so counts are right whichever of start-up, indexing or a notification comes first); after
/// that a change is applied branch by branch: the careers and paths now at or under the changed documents are put
/// in, and those this node counted there before (it remembers where each one was in the tree, so a deleted branch
/// needs no reading) are taken out. Only a full refresh, or a reader that does not know the tree, recounts.
/// </summary>
internal sealed class PathCountSynchronizer(PathCountStore store, ICareerContentReader reader, ILogger<PathCountSynchronizer> logger)
    : IPathCountReader
{
    private readonly Lock _gate = new(); // serializes every change to the store
    private readonly Dictionary<Guid, Guid[]> _ancestors = []; // of every counted career and path
    private bool _treeKnown;
    private volatile bool _initialized;

    /// <inheritdoc />
    public PathCountSnapshot Counts
    {
        get
        {
            EnsureInitialized();
            return store.Current;
        }
    }

    /// <summary>Counts everything once; true when this call did it.</summary>
    public bool EnsureInitialized()
    {
        if (_initialized)
        {
            return false;
        }

        lock (_gate)
        {
            if (_initialized)
            {
                return false;
            }

            Reset();
            _initialized = true;
            return true;
        }
    }

    /// <summary>Recounts every published career and path; returns what changed since the last counts.</summary>
    public PathCountUpdate RecountAll()
    {
        lock (_gate)
        {
            var update = Reset();
            _initialized = true;
            return update;
        }
    }

    /// <summary>Applies one document's branch (the document and everything under it) as published now.</summary>
    public PathCountUpdate Refresh(Guid key) => RefreshBranches([key]);

    /// <summary>
    /// Applies the current published state of these branches: careers and paths now at or under a key are counted
    /// with their current values, those counted there before and gone now stop counting. Returns what changed.
    /// </summary>
    public PathCountUpdate RefreshBranches(IReadOnlyCollection<Guid> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (EnsureInitialized())
        {
            // The first recount already read the current state.
            return new PathCountUpdate([], []);
        }

        // Serialized with recounts: a recount that read older content must not land after this newer change.
        lock (_gate)
        {
            // One branch is read as such; several (an instruction can carry up to 200) are read in one pass over
            // everything, filtered here, instead of one pass per key.
            var roots = keys.ToHashSet();
            var branch = !_treeKnown ? null : roots.Count == 1 ? reader.GetBranch(roots.First()) : reader.GetBranch(null);
            if (branch is null)
            {
                return Reset();
            }

            var careers = new Dictionary<Guid, CareerDetails>();
            var paths = new Dictionary<Guid, TransitionPathDetails>();
            var placed = new Dictionary<Guid, Guid[]>();
            foreach (var career in branch.Careers)
            {
                var above = TreePositions.ToArray(branch.AncestorsOf(career.Key));
                if (TreePositions.IsAtOrUnderAny(career.Key, above, roots))
                {
                    careers[career.Key] = career;
                    placed[career.Key] = above;
                }
            }

            foreach (var path in branch.Paths)
            {
                var above = TreePositions.ToArray(branch.AncestorsOf(path.Key));
                if (TreePositions.IsAtOrUnderAny(path.Key, above, roots))
                {
                    paths[path.Key] = path;
                    placed[path.Key] = above;
                }
            }

            var before = new HashSet<Guid>();
            foreach (var (item, above) in _ancestors)
            {
                if (TreePositions.IsAtOrUnderAny(item, above, roots))
                {
                    before.Add(item);
                }
            }

            var update = store.Apply(new PathCountChangeSet(
                [.. careers.Values.Select(c => c.ToPublishedCareer())],
                [.. before.Where(k => !careers.ContainsKey(k))],
                [.. paths.Values.Select(p => p.ToPublishedPath())],
                [.. before.Where(k => !paths.ContainsKey(k))]));
            foreach (var key in before)
            {
                _ancestors.Remove(key);
            }

            foreach (var (key, ancestors) in placed)
            {
                _ancestors[key] = ancestors;
            }

            return update;
        }
    }

    /// <summary>Both updates' changes, each key once.</summary>
    public static PathCountUpdate Merge(PathCountUpdate first, PathCountUpdate second) =>
        new(
            [.. first.ChangedCareerKeys.Union(second.ChangedCareerKeys).Order()],
            [.. first.ChangedIndustries.Union(second.ChangedIndustries, StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    private PathCountUpdate Reset()
    {
        var all = reader.GetBranch(null);
        _treeKnown = all is not null;
        _ancestors.Clear();
        var careers = all?.Careers ?? reader.GetCareers();
        var paths = all?.Paths ?? reader.GetTransitionPaths();
        if (all is not null)
        {
            foreach (var key in careers.Select(c => c.Key).Concat(paths.Select(p => p.Key)))
            {
                _ancestors[key] = TreePositions.ToArray(all.AncestorsOf(key));
            }
        }

        var update = store.Reset(careers.Select(career => career.ToPublishedCareer()), paths.Select(path => path.ToPublishedPath()));
        logger.LogDebug("Path counts recounted: {Careers} careers, {Changed} changed", store.Current.Careers.Count, update.ChangedCareerKeys.Count);
        return update;
    }
}
