using CareerCms.Plugin.Careers;
using CsCheck;

namespace CareerCms.Plugin.Tests.Careers;

public sealed class RoadmapPlannerProperties
{
    private readonly RoadmapPlanner _planner = SkillGapServices.Planner();

    [Fact]
    public void Plan_ForAnyAcyclicPrerequisites_EveryPrerequisiteGapComesFirst() =>
        RandomPrerequisiteGraph.Acyclic.Sample(graph =>
        {
            var plan = _planner.Plan(graph.Gaps, graph.Catalog);

            Assert.Empty(plan.Cycles);
            var position = PositionsIn(plan, graph);
            Assert.All(graph.Gaps, gap => Assert.All(
                graph.Prerequisites[gap.SkillAlias].Where(position.ContainsKey),
                prerequisite => Assert.True(position[prerequisite] < position[gap.SkillAlias])));
        }, iter: 1000);

    [Fact]
    public void Plan_ForAnyGaps_PhasesAreNumberedAndFitTheMaximumUnlessSingle() =>
        RandomPrerequisiteGraph.Acyclic.Sample(graph =>
        {
            var plan = _planner.Plan(graph.Gaps, graph.Catalog);

            Assert.Equal(Enumerable.Range(1, plan.Phases.Count), plan.Phases.Select(phase => phase.Number));
            Assert.All(plan.Phases, phase =>
            {
                Assert.True(phase.Skills.Count == 1 || phase.Months <= 3, $"{phase.Title} takes {phase.Months} months");
                Assert.StartsWith($"Phase {phase.Number}: ", phase.Title, StringComparison.Ordinal);
            });
        }, iter: 1000);

    [Fact]
    public void Plan_WhenGapsArriveInAnotherOrder_PlanIsIdentical() =>
        RandomPrerequisiteGraph.Cyclic.Sample(graph =>
        {
            var plan = _planner.Plan(graph.Gaps, graph.Catalog);
            var reversed = _planner.Plan([.. graph.Gaps.Reverse()], graph.Catalog);

            Assert.Equal(plan.OrderedSkills, reversed.OrderedSkills);
            Assert.Equal(plan.Cycles.Select(Describe), reversed.Cycles.Select(Describe));
        });

    [Fact]
    public async Task Plan_ForAnyPrerequisiteCycle_ReportsATrueCycleAndTerminates()
    {
        // Planning that looped would never finish; the timeout turns that into a failure.
        var sampling = Task.Run(() => RandomPrerequisiteGraph.Cyclic.Sample(graph =>
        {
            var plan = _planner.Plan(graph.Gaps, graph.Catalog);

            Assert.NotEmpty(plan.Cycles);
            Assert.All(plan.Cycles, cycle => Assert.All(
                cycle.Select((alias, i) => (alias, next: cycle[(i + 1) % cycle.Count])),
                link => Assert.True(graph.Requires(link.alias, link.next), $"{link.alias} does not require {link.next}")));
            var position = PositionsIn(plan, graph);
            // Only a gap released to break a cycle may come before one of its prerequisites.
            var onCycles = plan.Cycles.SelectMany(cycle => cycle).ToHashSet();
            Assert.All(graph.Gaps, gap => Assert.All(
                graph.Prerequisites[gap.SkillAlias].Where(position.ContainsKey),
                prerequisite => Assert.True(
                    position[prerequisite] < position[gap.SkillAlias] || onCycles.Contains(gap.SkillAlias),
                    $"{gap.SkillAlias} came before its prerequisite {prerequisite}")));
        }, iter: 1000));

        await sampling.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private static string Describe(IReadOnlyList<string> cycle) => string.Join(" -> ", cycle);

    /// <summary>Each gap's position in the plan; asserts every gap appears exactly once.</summary>
    private static Dictionary<string, int> PositionsIn(RoadmapPlan plan, RandomPrerequisiteGraph graph)
    {
        var ordered = plan.OrderedSkills.Select(gap => gap.SkillAlias).ToList();
        Assert.Equal(graph.Gaps.Select(gap => gap.SkillAlias).Order(StringComparer.Ordinal), ordered.Order(StringComparer.Ordinal));
        return ordered.Select((alias, index) => (alias, index)).ToDictionary(pair => pair.alias, pair => pair.index);
    }
}
