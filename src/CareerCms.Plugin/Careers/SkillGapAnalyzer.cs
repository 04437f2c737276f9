using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Careers;

/// <summary>
/// Compares a background (a career or a visitor's skills) with a target career: readiness, transferable skills,
/// ranked gaps, effort, difficulty and salary change, as the careers-domain spec defines them. Deterministic:
/// the same inputs give the same result whatever their order.
/// </summary>
public sealed class SkillGapAnalyzer
{
    private readonly SkillGapOptions _options;

    /// <summary>Creates an analyzer; throws <see cref="OptionsValidationException"/> for invalid settings.</summary>
    public SkillGapAnalyzer(IOptions<SkillGapOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = SkillGapOptionsValidator.EnsureValid(options.Value);
    }

    /// <summary>Analyzes a move from one career to another.</summary>
    public SkillGapAnalysis Analyze(CareerProfile background, CareerProfile target, SkillCatalog catalog) =>
        Analyze(SkillBackground.FromCareer(background), target, catalog);

    /// <summary>Analyzes a move from a background (career or visitor skills) to a target career.</summary>
    public SkillGapAnalysis Analyze(SkillBackground background, CareerProfile target, SkillCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(catalog);

        var transferable = new List<TransferableSkill>();
        var gaps = new List<SkillGap>();
        double weightSum = 0;
        double coveredSum = 0;
        foreach (var requirement in CountedRequirements(target))
        {
            var current = background.LevelOf(requirement.SkillAlias);
            var skill = catalog.Find(requirement.SkillAlias);
            var name = skill?.Name ?? requirement.SkillAlias;
            weightSum += requirement.Weight;
            coveredSum += requirement.Weight * Coverage(current, requirement.Level);
            if (current >= requirement.Level)
            {
                transferable.Add(new TransferableSkill(
                    requirement.SkillAlias, name, requirement.Importance, current, requirement.Level));
            }
            else
            {
                var hours = (skill?.LearningHours ?? 0) * (requirement.Level - current) / 4.0;
                gaps.Add(new SkillGap(
                    requirement.SkillAlias, name, requirement.Importance, current, requirement.Level, hours));
            }
        }

        // Nothing counted means nothing to learn: fully ready rather than undefined.
        var readiness = weightSum == 0 ? 100 : 100 * coveredSum / weightSum;
        var jobZoneRise = DifficultySuggester.JobZoneRise(background.JobZone, target.JobZone);
        var rankedGaps = gaps
            .OrderByDescending(gap => gap.WeightedGap)
            .ThenBy(gap => gap.SkillAlias, StringComparer.Ordinal)
            .ToList();

        return new SkillGapAnalysis(
            readiness,
            jobZoneRise,
            transferable
                .OrderByDescending(skill => skill.Importance)
                .ThenBy(skill => skill.SkillAlias, StringComparer.Ordinal)
                .ToList(),
            rankedGaps,
            EffortEstimator.Estimate(rankedGaps, _options),
            DifficultySuggester.Suggest(readiness, jobZoneRise, _options),
            SalaryChangeEstimator.Estimate(background, target, _options));
    }

    /// <summary>Requirements with importance 2 or more, one per skill, in alias order so sums never depend on input order.</summary>
    private static IEnumerable<SkillRequirement> CountedRequirements(CareerProfile target) =>
        target.RequiredSkills
            .Where(requirement => requirement.CountsInAnalysis)
            .GroupBy(requirement => requirement.SkillAlias, StringComparer.Ordinal)
            // A skill listed twice keeps its strictest requirement, whichever order the blocks are in.
            .Select(group => group.OrderByDescending(r => r.Importance).ThenByDescending(r => r.Level).First())
            .OrderBy(requirement => requirement.SkillAlias, StringComparer.Ordinal);

    /// <summary><c>min(1, u / r)</c>; a required level of 0 is met by anyone.</summary>
    private static double Coverage(int current, int required) =>
        required == 0 ? 1 : Math.Min(1, (double)current / required);
}
