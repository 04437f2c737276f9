using CareerCms.Plugin.Careers;
using CsCheck;

namespace CareerCms.Plugin.Tests.Careers;

/// <summary>Random gaps with random prerequisite links, for roadmap properties.</summary>
internal sealed record RandomPrerequisiteGraph(IReadOnlyList<SkillGap> Gaps, IReadOnlyDictionary<string, string[]> Prerequisites)
{
    /// <summary>A skill every gap may require that is not itself a gap.</summary>
    private const string KnownSkill = "known";

    /// <summary>1-14 gaps; a gap may require gaps earlier in a hidden order, so the links never form a cycle.</summary>
    public static Gen<RandomPrerequisiteGraph> Acyclic { get; } = Gen.Int[1, 14].SelectMany(count => Gen.Select(
        Gen.Int[0, 99].Array[count * count],
        Gen.Int[2, 5].Array[count],
        Gen.Int[1, 7].Array[count],
        Gen.Int[0, 300].Array[count],
        Gen.Int.Array[count],
        (links, importance, level, hours, aliasKeys) => Create(count, links, importance, level, hours, aliasKeys)));

    /// <summary>An acyclic graph plus one cycle through 1 or more of its gaps (1: a gap requiring itself).</summary>
    public static Gen<RandomPrerequisiteGraph> Cyclic { get; } = Acyclic.SelectMany(graph => Gen.Select(
        Gen.Int[1, graph.Gaps.Count],
        Gen.Int.Array[graph.Gaps.Count],
        (length, pickKeys) => graph.WithCycle(length, pickKeys)));

    public SkillCatalog Catalog => new(
        Prerequisites.Select(pair => new SkillInfo(pair.Key, pair.Key, 40, pair.Value))
            .Append(new SkillInfo(KnownSkill, KnownSkill, 40)));

    /// <summary>Whether <paramref name="dependent"/> lists <paramref name="prerequisite"/> directly.</summary>
    public bool Requires(string dependent, string prerequisite) => Prerequisites[dependent].Contains(prerequisite);

    public override string ToString() =>
        string.Join("; ", Gaps.Select(gap => $"{gap.SkillAlias}({gap.WeightedGap}) <- [{string.Join(",", Prerequisites[gap.SkillAlias])}]"));

    private static RandomPrerequisiteGraph Create(int count, int[] links, int[] importance, int[] level, int[] hours, int[] aliasKeys)
    {
        // Aliases follow a random order so that alias order says nothing about the hidden topological order.
        var aliases = RandomOrder(aliasKeys).Select(rank => $"g{rank:00}").ToArray();
        var gaps = Enumerable.Range(0, count)
            .Select(node => new SkillGap(aliases[node], aliases[node], importance[node], 0, level[node], hours[node]))
            .ToList();
        var prerequisites = Enumerable.Range(0, count).ToDictionary(
            node => aliases[node],
            node => Enumerable.Range(0, node).Where(earlier => links[(node * count) + earlier] < 25)
                .Select(earlier => aliases[earlier])
                .Concat(links[(node * count) + node] < 30 ? [KnownSkill] : [])
                .ToArray());
        return new RandomPrerequisiteGraph(gaps, prerequisites);
    }

    private RandomPrerequisiteGraph WithCycle(int length, int[] pickKeys)
    {
        var cycle = RandomOrder(pickKeys).Take(length).Select(node => Gaps[node].SkillAlias).ToArray();
        var prerequisites = Prerequisites.ToDictionary(pair => pair.Key, pair => pair.Value);
        for (var i = 0; i < cycle.Length; i++)
        {
            var next = cycle[(i + 1) % cycle.Length];
            prerequisites[cycle[i]] = [.. prerequisites[cycle[i]].Append(next).Distinct()];
        }

        return this with { Prerequisites = prerequisites };
    }

    /// <summary>A permutation of 0..n-1 from random sort keys (ties broken by index).</summary>
    private static int[] RandomOrder(int[] sortKeys)
    {
        var order = Enumerable.Range(0, sortKeys.Length).OrderBy(i => sortKeys[i]).ThenBy(i => i).ToArray();
        var rank = new int[order.Length];
        for (var position = 0; position < order.Length; position++)
        {
            rank[order[position]] = position;
        }

        return rank;
    }
}
