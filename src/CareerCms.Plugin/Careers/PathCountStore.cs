using System.Collections.Immutable;

namespace CareerCms.Plugin.Careers;

/// <summary>
/// The current path counts, kept up to date one change at a time. Thread-safe: changes are serialized, reads
/// take the latest immutable <see cref="Current"/> snapshot without locking. After any sequence of changes the
/// snapshot equals <see cref="PathCountCalculator.Calculate"/> over the same published careers and paths.
/// </summary>
public sealed class PathCountStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, PublishedCareer> _careers = [];
    private readonly PublishedPathIndex _paths = new();
    private PathCountSnapshot _current = PathCountSnapshot.Empty;

    /// <summary>The latest counts.</summary>
    public PathCountSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Replaces everything with a full recount (start-up, cache rebuild).</summary>
    public PathCountUpdate Reset(IEnumerable<PublishedCareer> careers, IEnumerable<PublishedTransitionPath> paths)
    {
        ArgumentNullException.ThrowIfNull(careers);
        ArgumentNullException.ThrowIfNull(paths);
        var careerList = careers.ToList();
        var pathList = paths.ToList();
        lock (_gate)
        {
            _careers.Clear();
            _paths.Clear();
            careerList.ForEach(career => _careers[career.Key] = career);
            pathList.ForEach(_paths.Store);
            var before = _current;
            var after = PathCountCalculator.Calculate(_careers.Values, _paths.All);
            Volatile.Write(ref _current, after);
            return PathCountUpdate.Between(
                before,
                after,
                before.Careers.Keys.Concat(after.Careers.Keys),
                before.Industries.Keys.Concat(after.Industries.Keys));
        }
    }

    /// <summary>A career was published or changed (e.g. its industry).</summary>
    public PathCountUpdate UpsertCareer(PublishedCareer career)
    {
        ArgumentNullException.ThrowIfNull(career);
        lock (_gate)
        {
            return Recount(AffectedByCareer(career.Key), () => _careers[career.Key] = career);
        }
    }

    /// <summary>A career was unpublished, trashed or deleted; its incoming paths stop counting.</summary>
    public PathCountUpdate RemoveCareer(Guid careerKey)
    {
        lock (_gate)
        {
            return Recount(AffectedByCareer(careerKey), () => _careers.Remove(careerKey));
        }
    }

    /// <summary>A path was published, moved or changed (difficulty, fromCareer).</summary>
    public PathCountUpdate UpsertPath(PublishedTransitionPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        lock (_gate)
        {
            var affected = EndsOf(path).Concat(EndsOf(_paths.Find(path.Key))).ToHashSet();
            return Recount(affected, () => _paths.Store(path));
        }
    }

    /// <summary>A path was unpublished, trashed or deleted.</summary>
    public PathCountUpdate RemovePath(Guid pathKey)
    {
        lock (_gate)
        {
            return Recount(EndsOf(_paths.Find(pathKey)).ToHashSet(), () => _paths.Remove(pathKey));
        }
    }

    /// <summary>
    /// Applies many changes at once (a branch published, moved or removed) with one recount of the careers they
    /// touch. Upserts equal to what the store holds change nothing and cost nothing.
    /// </summary>
    public PathCountUpdate Apply(PathCountChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            var careers = changes.Careers.Where(c => !_careers.TryGetValue(c.Key, out var held) || held != c).ToList();
            var removedCareers = changes.RemovedCareers.Where(_careers.ContainsKey).ToList();
            var paths = changes.Paths.Where(p => _paths.Find(p.Key) != p).ToList();
            var removedPaths = changes.RemovedPaths.Where(k => _paths.Find(k) is not null).ToList();

            // Everything a change can alter is known before it is applied: a career's own entry and its incoming
            // paths' backgrounds (their outgoing counts need it published), a path's old and new ends.
            var affected = new HashSet<Guid>();
            careers.ForEach(c => affected.UnionWith(AffectedByCareer(c.Key)));
            removedCareers.ForEach(k => affected.UnionWith(AffectedByCareer(k)));
            paths.ForEach(p => affected.UnionWith(EndsOf(p).Concat(EndsOf(_paths.Find(p.Key)))));
            removedPaths.ForEach(k => affected.UnionWith(EndsOf(_paths.Find(k))));
            if (affected.Count == 0)
            {
                return new PathCountUpdate([], []);
            }

            return Recount(affected, () =>
            {
                careers.ForEach(c => _careers[c.Key] = c);
                removedCareers.ForEach(k => _careers.Remove(k));
                paths.ForEach(_paths.Store);
                removedPaths.ForEach(_paths.Remove);
            });
        }
    }

    /// <summary>
    /// Takes the affected careers' old contributions out, applies the change, puts their new ones in. A career's
    /// counts depend only on its own paths and on whether those paths' targets are published, so the caller
    /// names every career a change can alter.
    /// </summary>
    private PathCountUpdate Recount(HashSet<Guid> affected, Action change)
    {
        var before = _current;
        var careers = before.Careers.ToBuilder();
        var industries = before.Industries.ToBuilder();
        var touchedIndustries = new List<string>();
        foreach (var key in affected)
        {
            if (careers.TryGetValue(key, out var old) && IndustryOf(key) is { } industry)
            {
                Adjust(industries, industry, old, sign: -1);
                touchedIndustries.Add(industry);
            }
        }

        change();
        foreach (var key in affected)
        {
            if (!_careers.ContainsKey(key))
            {
                careers.Remove(key);
                continue;
            }

            var counts = CountsOf(key);
            careers[key] = counts;
            if (IndustryOf(key) is { } industry)
            {
                Adjust(industries, industry, counts, sign: 1);
                touchedIndustries.Add(industry);
            }
        }

        var after = new PathCountSnapshot(careers.ToImmutable(), industries.ToImmutable());
        Volatile.Write(ref _current, after);
        return PathCountUpdate.Between(before, after, affected, touchedIndustries);
    }

    private CareerPathCounts CountsOf(Guid careerKey)
    {
        var counts = _paths.Into(careerKey)
            .Aggregate(default(CareerPathCounts), (sum, path) => sum.WithIncoming(path.Difficulty));
        return _paths.OutOf(careerKey)
            .Where(path => _careers.ContainsKey(path.TargetCareerKey))
            .Aggregate(counts, (sum, _) => sum.WithOutgoing());
    }

    /// <summary>The career itself, plus the backgrounds of paths into it: their outgoing counts need it published.</summary>
    private HashSet<Guid> AffectedByCareer(Guid careerKey) =>
    [
        careerKey,
        .. _paths.Into(careerKey).Select(path => path.FromCareerKey).OfType<Guid>(),
    ];

    private string? IndustryOf(Guid careerKey) =>
        _careers.TryGetValue(careerKey, out var career) && !string.IsNullOrWhiteSpace(career.Industry)
            ? career.Industry
            : null;

    private static void Adjust(
        ImmutableDictionary<string, IndustryPathCounts>.Builder industries,
        string industry,
        CareerPathCounts career,
        int sign)
    {
        var counts = industries.GetValueOrDefault(industry).Plus(career, sign);
        if (counts.CareerCount == 0)
        {
            industries.Remove(industry);
        }
        else
        {
            industries[industry] = counts;
        }
    }

    private static IEnumerable<Guid> EndsOf(PublishedTransitionPath? path) => path switch
    {
        null => [],
        { FromCareerKey: { } from } => [path.TargetCareerKey, from],
        _ => [path.TargetCareerKey],
    };
}
