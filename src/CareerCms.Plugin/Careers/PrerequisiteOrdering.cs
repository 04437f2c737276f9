namespace CareerCms.Plugin.Careers;

/// <summary>
/// Topological order of skill gaps (Kahn's algorithm with a priority among the ready gaps) that breaks
/// prerequisite cycles instead of looping.
/// </summary>
/// <remarks>
/// Among gaps whose prerequisites are met, the next one is the gap with the highest <em>effective</em> weighted
/// gap: its own or that of any gap that (transitively) needs it. A cheap prerequisite of the biggest gap
/// (Docker for Kubernetes) is therefore learned first, right before what it unlocks, instead of being pushed
/// to the end by its own small weight. Ties: own weighted gap descending, then alias ordinal.
/// </remarks>
internal sealed class PrerequisiteOrdering
{
    private readonly SkillGap[] _byPriority;
    private readonly Dictionary<string, int> _priorityOf;
    private readonly HashSet<int>[] _unmet;
    private readonly List<int>[] _dependents;

    private PrerequisiteOrdering(IReadOnlyList<SkillGap> gaps, SkillCatalog catalog)
    {
        var graph = PrerequisiteGraph.Build(gaps, catalog);
        _byPriority = [.. gaps.OrderByDescending(gap => graph.EffectiveWeightedGap(gap.SkillAlias))
            .ThenByDescending(gap => gap.WeightedGap)
            .ThenBy(gap => gap.SkillAlias, StringComparer.Ordinal)];
        _priorityOf = _byPriority.Select((gap, index) => (gap.SkillAlias, index))
            .ToDictionary(pair => pair.SkillAlias, pair => pair.index, StringComparer.Ordinal);
        _unmet = [.. _byPriority.Select(gap => graph.PrerequisitesOf(gap.SkillAlias).Select(p => _priorityOf[p]).ToHashSet())];
        _dependents = [.. _byPriority.Select(_ => new List<int>())];
        for (var node = 0; node < _unmet.Length; node++)
        {
            foreach (var prerequisite in _unmet[node])
            {
                _dependents[prerequisite].Add(node);
            }
        }
    }

    /// <summary>Orders the gaps; the result lists every gap exactly once plus the cycles that were broken.</summary>
    internal static (IReadOnlyList<SkillGap> Gaps, IReadOnlyList<IReadOnlyList<string>> Cycles) Order(
        IReadOnlyList<SkillGap> gaps,
        SkillCatalog catalog) => new PrerequisiteOrdering(gaps, catalog).Run();

    private (IReadOnlyList<SkillGap>, IReadOnlyList<IReadOnlyList<string>>) Run()
    {
        var ordered = new List<SkillGap>(_byPriority.Length);
        var cycles = new List<IReadOnlyList<string>>();
        var placed = new bool[_byPriority.Length];
        var ready = new SortedSet<int>(Enumerable.Range(0, _byPriority.Length).Where(node => _unmet[node].Count == 0));
        while (ordered.Count < _byPriority.Length)
        {
            if (ready.Count == 0)
            {
                var cycle = FindCycle(placed);
                cycles.Add(ToAliases(cycle));
                // Release the cycle's highest-priority gap as if its unmet prerequisites were met.
                var released = cycle.Min();
                _unmet[released].Clear();
                ready.Add(released);
            }

            var next = ready.Min;
            ready.Remove(next);
            placed[next] = true;
            ordered.Add(_byPriority[next]);
            foreach (var dependent in _dependents[next])
            {
                if (_unmet[dependent].Remove(next) && _unmet[dependent].Count == 0)
                {
                    ready.Add(dependent);
                }
            }
        }

        return (ordered, cycles);
    }

    /// <summary>
    /// With nothing ready, every unplaced gap waits on another unplaced gap, so following the highest-priority
    /// unmet prerequisite from any unplaced gap must revisit a gap: that loop is a cycle.
    /// </summary>
    private List<int> FindCycle(bool[] placed)
    {
        var walk = new List<int>();
        var positionInWalk = new Dictionary<int, int>();
        var current = Array.IndexOf(placed, false);
        while (!positionInWalk.ContainsKey(current))
        {
            positionInWalk[current] = walk.Count;
            walk.Add(current);
            current = _unmet[current].Min();
        }

        return walk[positionInWalk[current]..];
    }

    private List<string> ToAliases(List<int> cycle)
    {
        var aliases = cycle.Select(node => _byPriority[node].SkillAlias).ToList();
        var start = aliases.IndexOf(aliases.Min(StringComparer.Ordinal)!);
        return [.. aliases[start..], .. aliases[..start]];
    }
}
