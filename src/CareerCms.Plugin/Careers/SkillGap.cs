namespace CareerCms.Plugin.Careers;

/// <summary>A required skill the background has below the required level.</summary>
/// <param name="SkillAlias">The skill's alias.</param>
/// <param name="SkillName">The skill's name, or its alias when the catalog does not know it.</param>
/// <param name="Importance">The target's importance for the skill (2-5).</param>
/// <param name="CurrentLevel">The background's level (0 when it lacks the skill).</param>
/// <param name="RequiredLevel">The target's required level.</param>
/// <param name="Hours">Learning hours to close the gap: <c>learningHours * levelsToGain / 4</c>; 0 for a skill
/// the catalog does not know.</param>
public sealed record SkillGap(
    string SkillAlias,
    string SkillName,
    int Importance,
    int CurrentLevel,
    int RequiredLevel,
    double Hours)
{
    /// <summary>Levels the learner has to gain.</summary>
    public int LevelsToGain => RequiredLevel - CurrentLevel;

    /// <summary>The analysis weight <c>(importance - 1) / 4</c>.</summary>
    public double Weight => (Importance - 1) / 4.0;

    /// <summary>What ranks gaps: <c>weight * levelsToGain</c>.</summary>
    public double WeightedGap => Weight * LevelsToGain;
}
