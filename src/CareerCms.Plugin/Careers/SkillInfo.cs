namespace CareerCms.Plugin.Careers;

/// <summary>What the domain knows about a skill: its name, how long it takes to learn, what it builds on.</summary>
public sealed record SkillInfo
{
    /// <summary>Creates skill information; throws when the alias or name is blank or the hours are negative.</summary>
    public SkillInfo(string alias, string name, int learningHours, IReadOnlyList<string>? prerequisites = null)
    {
        Alias = alias;
        Name = name;
        LearningHours = learningHours;
        Prerequisites = prerequisites ?? [];
    }

    /// <summary>The skill's alias (its url segment), compared ordinally.</summary>
    public string Alias { get; init => field = SkillScales.RequireNotBlank(value, nameof(Alias)); }

    /// <summary>The skill's display name, e.g. "Machine learning fundamentals".</summary>
    public string Name { get; init => field = SkillScales.RequireNotBlank(value, nameof(Name)); }

    /// <summary>Hours a learner needs from level 0 to level 4; a quarter of it per level gained.</summary>
    public int LearningHours
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(LearningHours));
            field = value;
        }
    }

    /// <summary>Aliases of the skills to learn before this one.</summary>
    public IReadOnlyList<string> Prerequisites { get; init; }
}
