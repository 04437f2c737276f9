namespace CareerCms.Plugin.Careers;

/// <summary>
/// A career's readiness formula prepared once: its counted requirements deduplicated and ordered exactly as
/// <see cref="SkillGapAnalyzer"/> orders them, so <see cref="Readiness"/> returns the analyzer's value bit for
/// bit, without building transferable skills, gaps or estimates. Match-my-skills scores every career with it
/// and analyses only the careers it returns.
/// </summary>
internal sealed class ReadinessPlan
{
    private readonly string[] _aliases;
    private readonly double[] _weights;
    private readonly int[] _levels;

    private ReadinessPlan(IReadOnlyList<SkillRequirement> counted)
    {
        _aliases = [.. counted.Select(r => r.SkillAlias)];
        _weights = [.. counted.Select(r => r.Weight)];
        _levels = [.. counted.Select(r => r.Level)];
    }

    /// <summary>The plan of a career (the analyzer's counting rule: importance 2+, a skill listed twice keeps its strictest requirement).</summary>
    public static ReadinessPlan For(CareerProfile career) =>
        new([
            .. career.RequiredSkills
                .Where(requirement => requirement.CountsInAnalysis)
                .GroupBy(requirement => requirement.SkillAlias, StringComparer.Ordinal)
                .Select(group => group.OrderByDescending(r => r.Importance).ThenByDescending(r => r.Level).First())
                .OrderBy(requirement => requirement.SkillAlias, StringComparer.Ordinal),
        ]);

    /// <summary>The background's readiness for the career, 0-100 (100 when nothing counts).</summary>
    public double Readiness(SkillBackground background)
    {
        double weightSum = 0;
        double coveredSum = 0;
        for (var i = 0; i < _aliases.Length; i++)
        {
            var current = background.LevelOf(_aliases[i]);
            var required = _levels[i];
            weightSum += _weights[i];
            coveredSum += _weights[i] * (required == 0 ? 1 : Math.Min(1, (double)current / required));
        }

        return weightSum == 0 ? 100 : 100 * coveredSum / weightSum;
    }
}
