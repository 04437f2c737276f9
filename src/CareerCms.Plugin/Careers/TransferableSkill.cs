namespace CareerCms.Plugin.Careers;

/// <summary>A required skill the background already has at (or above) the required level.</summary>
/// <param name="SkillAlias">The skill's alias.</param>
/// <param name="SkillName">The skill's name, or its alias when the catalog does not know it.</param>
/// <param name="Importance">The target's importance for the skill (2-5).</param>
/// <param name="CurrentLevel">The background's level.</param>
/// <param name="RequiredLevel">The target's required level.</param>
public sealed record TransferableSkill(
    string SkillAlias,
    string SkillName,
    int Importance,
    int CurrentLevel,
    int RequiredLevel);
