namespace CareerCms.Plugin.Careers;

/// <summary>
/// Where a learner starts: the skill levels they have and, for a background career, its salary range and job zone.
/// A visitor's own profile ("match my skills") is a background with skill levels only.
/// </summary>
public sealed record SkillBackground
{
    /// <summary>Creates a background; throws when a level or job zone is off its scale.</summary>
    public SkillBackground(
        IReadOnlyDictionary<string, int> skillLevels,
        int? salaryMin = null,
        int? salaryMax = null,
        int? jobZone = null)
    {
        ArgumentNullException.ThrowIfNull(skillLevels);
        foreach (var (alias, level) in skillLevels)
        {
            SkillScales.RequireNotBlank(alias, nameof(skillLevels));
            SkillScales.RequireLevel(level, nameof(skillLevels));
        }

        SkillLevels = skillLevels;
        SalaryMin = SkillScales.RequireNonNegative(salaryMin, nameof(salaryMin));
        SalaryMax = SkillScales.RequireNonNegative(salaryMax, nameof(salaryMax));
        JobZone = SkillScales.RequireJobZone(jobZone, nameof(jobZone));
    }

    /// <summary>Level per skill alias; a skill that is absent has level 0.</summary>
    public IReadOnlyDictionary<string, int> SkillLevels { get; }

    /// <summary>Lowest yearly salary of the background career, or null.</summary>
    public int? SalaryMin { get; }

    /// <summary>Highest yearly salary of the background career, or null.</summary>
    public int? SalaryMax { get; }

    /// <summary>Job zone of the background career, or null.</summary>
    public int? JobZone { get; }

    /// <summary>The level the background has in a skill, 0 when it lacks it.</summary>
    public int LevelOf(string skillAlias) => SkillLevels.TryGetValue(skillAlias, out var level) ? level : 0;

    /// <summary>A career as a background: its required levels (every importance), salary range and job zone.</summary>
    public static SkillBackground FromCareer(CareerProfile career)
    {
        ArgumentNullException.ThrowIfNull(career);
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var requirement in career.RequiredSkills)
        {
            // A skill listed twice keeps its higher level: the background has at least that.
            levels[requirement.SkillAlias] = Math.Max(requirement.Level, levels.GetValueOrDefault(requirement.SkillAlias));
        }

        return new SkillBackground(levels, career.SalaryMin, career.SalaryMax, career.JobZone);
    }

    /// <summary>A visitor's self-assessed skill levels, with no salary or job zone.</summary>
    public static SkillBackground ForVisitor(IReadOnlyDictionary<string, int> skillLevels) => new(skillLevels);
}
