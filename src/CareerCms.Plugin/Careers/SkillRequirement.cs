namespace CareerCms.Plugin.Careers;

/// <summary>One skill a career requires: how much it matters and how well it must be mastered (O*NET scales).</summary>
public sealed record SkillRequirement
{
    /// <summary>Creates a requirement; throws when the alias is blank or importance or level is off its scale.</summary>
    public SkillRequirement(string skillAlias, int importance, int level)
    {
        SkillAlias = skillAlias;
        Importance = importance;
        Level = level;
    }

    /// <summary>The skill's alias (its url segment): the skill's identity in the domain, compared ordinally.</summary>
    public string SkillAlias { get; init => field = SkillScales.RequireNotBlank(value, nameof(SkillAlias)); }

    /// <summary>How much the skill matters for the career, 1 (not important) to 5 (extremely important).</summary>
    public int Importance { get; init => field = SkillScales.RequireImportance(value, nameof(Importance)); }

    /// <summary>The level the career requires, 0 to 7.</summary>
    public int Level { get; init => field = SkillScales.RequireLevel(value, nameof(Level)); }

    /// <summary>Whether the requirement counts in a skill-gap analysis (importance 2 or more).</summary>
    public bool CountsInAnalysis => Importance >= SkillScales.MinCountedImportance;

    /// <summary>The analysis weight <c>(importance - 1) / 4</c>: 0.25 for importance 2 up to 1 for importance 5.</summary>
    public double Weight => (Importance - 1) / 4.0;
}
