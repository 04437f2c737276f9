namespace CareerCms.Plugin.Careers;

/// <summary>Prerequisite links among a set of gaps (links to skills that are not gaps are dropped).</summary>
internal sealed class PrerequisiteGraph
{
    private readonly Dictionary<string, SkillGap> _gaps;
    private readonly Dictionary<string, List<string>> _prerequisites;
    private readonly Dictionary<string, List<string>> _dependents;

    private PrerequisiteGraph(
        Dictionary<string, SkillGap> gaps,
        Dictionary<string, List<string>> prerequisites,
        Dictionary<string, List<string>> dependents)
    {
        _gaps = gaps;
        _prerequisites = prerequisites;
        _dependents = dependents;
    }

    /// <summary>Builds the graph; throws when two gaps share an alias.</summary>
    internal static PrerequisiteGraph Build(IReadOnlyList<SkillGap> gaps, SkillCatalog catalog)
    {
        var byAlias = new Dictionary<string, SkillGap>(StringComparer.Ordinal);
        foreach (var gap in gaps)
        {
            if (!byAlias.TryAdd(gap.SkillAlias, gap))
            {
                throw new ArgumentException($"The gap '{gap.SkillAlias}' appears more than once.", nameof(gaps));
            }
        }

        var prerequisites = byAlias.Keys.ToDictionary(alias => alias, _ => new List<string>(), StringComparer.Ordinal);
        var dependents = byAlias.Keys.ToDictionary(alias => alias, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var alias in byAlias.Keys)
        {
            var declared = catalog.Find(alias)?.Prerequisites ?? [];
            foreach (var prerequisite in declared.Distinct(StringComparer.Ordinal).Where(byAlias.ContainsKey))
            {
                prerequisites[alias].Add(prerequisite);
                dependents[prerequisite].Add(alias);
            }
        }

        return new PrerequisiteGraph(byAlias, prerequisites, dependents);
    }

    /// <summary>The gaps a gap directly requires.</summary>
    internal IReadOnlyList<string> PrerequisitesOf(string alias) => _prerequisites[alias];

    /// <summary>The largest weighted gap among a gap and every gap that needs it, directly or not.</summary>
    internal double EffectiveWeightedGap(string alias)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { alias };
        var pending = new Stack<string>([alias]);
        var largest = _gaps[alias].WeightedGap;
        while (pending.TryPop(out var current))
        {
            largest = Math.Max(largest, _gaps[current].WeightedGap);
            foreach (var dependent in _dependents[current].Where(seen.Add))
            {
                pending.Push(dependent);
            }
        }

        return largest;
    }
}
