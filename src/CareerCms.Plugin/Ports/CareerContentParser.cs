using CareerCms.Plugin.Careers;
using Career = CareerCms.Plugin.Ports.CareerContentTypes.CareerProperties;
using Path = CareerCms.Plugin.Ports.CareerContentTypes.PathProperties;
using Phase = CareerCms.Plugin.Ports.CareerContentTypes.RoadmapPhaseProperties;
using Requirement = CareerCms.Plugin.Ports.CareerContentTypes.RequirementProperties;
using Skill = CareerCms.Plugin.Ports.CareerContentTypes.SkillProperties;

namespace CareerCms.Plugin.Ports;

/// <summary>
/// Builds the domain records from a document's stored values, for any reader (the host's published cache, Core's
/// published content). Values off their scale are dropped rather than thrown: the backoffice validates content,
/// and one bad document must not break every page that lists careers.
/// </summary>
public static class CareerContentParser
{
    /// <summary>A career; <paramref name="skillAlias"/> maps a skill key to its alias (null: the skill is not published).</summary>
    public static CareerDetails ParseCareer(Guid key, string name, Func<string, object?> value, Func<Guid, string?> skillAlias)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(skillAlias);
        var (salaryMin, salaryMax) = SalaryRange(StoredValues.Integer(value(Career.SalaryMin)), StoredValues.Integer(value(Career.SalaryMax)));
        var jobZone = StoredValues.Integer(value(Career.JobZone));
        return new CareerDetails(
            key,
            name,
            StoredValues.Single(value(Career.Industry)),
            StoredValues.Single(value(Career.ExperienceLevel)),
            salaryMin,
            salaryMax,
            StoredValues.Integer(value(Career.GrowthRate)),
            jobZone is >= SkillScales.MinJobZone and <= SkillScales.MaxJobZone ? jobZone : null,
            [.. StoredValues.BlockItems(value(Career.RequiredSkills)).Select(block => ToRequirement(block, skillAlias)).OfType<SkillRequirement>()],
            StoredValues.DocumentKeys(value(Career.RelatedCareers)));
    }

    /// <summary>A transition path under the career <paramref name="targetCareerKey"/>.</summary>
    public static TransitionPathDetails ParseTransitionPath(
        Guid key, string name, Guid targetCareerKey, Func<string, object?> value, Func<Guid, string?> skillAlias)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(skillAlias);
        return new TransitionPathDetails(
            key,
            name,
            targetCareerKey,
            StoredValues.DocumentKey(value(Path.FromCareer)),
            ParseDifficulty(StoredValues.Single(value(Path.Difficulty))),
            value(Path.Headline) as string,
            StoredValues.Integer(value(Path.DurationMinMonths)),
            StoredValues.Integer(value(Path.DurationMaxMonths)),
            StoredValues.Integer(value(Path.SalaryChangeMinPercent)),
            StoredValues.Integer(value(Path.SalaryChangeMaxPercent)),
            Math.Max(0, StoredValues.Integer(value(Path.EngagementBaseline)) ?? 0),
            [.. StoredValues.BlockItems(value(Path.Roadmap)).Select(block => ToPhase(block, skillAlias))]);
    }

    /// <summary>A skill whose alias is its url segment; null when the segment is blank.</summary>
    public static SkillDetails? ParseSkill(Guid key, string name, string urlSegment, Func<string, object?> value, Func<Guid, string?> skillAlias)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(skillAlias);
        if (string.IsNullOrWhiteSpace(urlSegment) || string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var prerequisites = StoredValues.DocumentKeys(value(Skill.Prerequisites)).Select(skillAlias).OfType<string>().ToList();
        var info = new SkillInfo(urlSegment, name, Math.Max(0, StoredValues.Integer(value(Skill.LearningHours)) ?? 0), prerequisites);
        return new SkillDetails(key, info, StoredValues.Single(value(Skill.Category)), StoredValues.Strings(value(Skill.Synonyms)));
    }

    /// <summary>"Easy", "Moderate" or "Hard" in any case; null otherwise.</summary>
    public static TransitionDifficulty? ParseDifficulty(string? value) =>
        Enum.TryParse<TransitionDifficulty>(value, ignoreCase: true, out var difficulty) && Enum.IsDefined(difficulty) && !int.TryParse(value, out _)
            ? difficulty
            : null;

    private static SkillRequirement? ToRequirement(IReadOnlyDictionary<string, object?> block, Func<Guid, string?> skillAlias)
    {
        var alias = StoredValues.DocumentKey(block.GetValueOrDefault(Requirement.Skill)) is { } skillKey ? skillAlias(skillKey) : null;
        var importance = StoredValues.Integer(block.GetValueOrDefault(Requirement.Importance));
        var level = StoredValues.Integer(block.GetValueOrDefault(Requirement.Level));
        return alias is not null
               && importance is >= SkillScales.MinImportance and <= SkillScales.MaxImportance
               && level is >= SkillScales.MinLevel and <= SkillScales.MaxLevel
            ? new SkillRequirement(alias, importance.Value, level.Value)
            : null;
    }

    private static EditorRoadmapPhase ToPhase(IReadOnlyDictionary<string, object?> block, Func<Guid, string?> skillAlias) =>
        new(
            block.GetValueOrDefault(Phase.Title) as string ?? "",
            StoredValues.Integer(block.GetValueOrDefault(Phase.Months)),
            [.. StoredValues.DocumentKeys(block.GetValueOrDefault(Phase.Skills)).Select(skillAlias).OfType<string>()]);

    /// <summary>Negative salaries are unknown; an inverted range (which validation refuses) is read the right way round.</summary>
    private static (int? Min, int? Max) SalaryRange(int? min, int? max)
    {
        min = min < 0 ? null : min;
        max = max < 0 ? null : max;
        return min > max ? (max, min) : (min, max);
    }
}
