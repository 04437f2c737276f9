using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Careers;

/// <summary>
/// Orders skill gaps so that prerequisites come first, then groups them into phases of at most
/// <see cref="SkillGapOptions.RoadmapPhaseMaxMonths"/> months at <see cref="SkillGapOptions.WeeklyHours"/>.
/// </summary>
public sealed class RoadmapPlanner
{
    // Months are sums of fractions; without a tolerance 3.0000000001 would open an extra phase.
    private const double MonthsTolerance = 1e-9;

    private readonly SkillGapOptions _options;

    /// <summary>Creates a planner; throws <see cref="OptionsValidationException"/> for invalid settings.</summary>
    public RoadmapPlanner(IOptions<SkillGapOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = SkillGapOptionsValidator.EnsureValid(options.Value);
    }

    /// <summary>Plans the roadmap for an analysis's gaps.</summary>
    public RoadmapPlan Plan(SkillGapAnalysis analysis, SkillCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Plan(analysis.Gaps, catalog);
    }

    /// <summary>
    /// Plans a roadmap: every prerequisite that is itself a gap comes before the gaps that need it; a prerequisite
    /// cycle is reported in <see cref="RoadmapPlan.Cycles"/> and broken deterministically. Throws when two gaps
    /// share an alias.
    /// </summary>
    public RoadmapPlan Plan(IReadOnlyList<SkillGap> gaps, SkillCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(catalog);
        var ordering = PrerequisiteOrdering.Order(gaps, catalog);
        return new RoadmapPlan(GroupIntoPhases(ordering.Gaps), ordering.Cycles);
    }

    private List<RoadmapPhase> GroupIntoPhases(IReadOnlyList<SkillGap> orderedGaps)
    {
        var phases = new List<RoadmapPhase>();
        var current = new List<SkillGap>();
        double currentMonths = 0;
        foreach (var gap in orderedGaps)
        {
            var months = EffortEstimator.MonthsFor(gap.Hours, _options.WeeklyHours);
            if (current.Count > 0 && currentMonths + months > _options.RoadmapPhaseMaxMonths + MonthsTolerance)
            {
                phases.Add(ToPhase(phases.Count + 1, current, currentMonths));
                current = [];
                currentMonths = 0;
            }

            current.Add(gap);
            currentMonths += months;
        }

        if (current.Count > 0)
        {
            phases.Add(ToPhase(phases.Count + 1, current, currentMonths));
        }

        return phases;
    }

    private static RoadmapPhase ToPhase(int number, List<SkillGap> skills, double months) =>
        new(
            number,
            $"Phase {number}: {string.Join(", ", skills.Select(skill => skill.SkillName))}",
            (int)Math.Ceiling(months - MonthsTolerance),
            skills.Sum(skill => skill.Hours),
            skills);
}
