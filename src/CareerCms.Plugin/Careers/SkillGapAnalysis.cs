namespace CareerCms.Plugin.Careers;

/// <summary>The result of comparing a background with a target career.</summary>
/// <param name="Readiness">Exact weighted coverage of the target's skills, 0 to 100.</param>
/// <param name="JobZoneRise">Target job zone minus background job zone; 0 when either is unknown.</param>
/// <param name="TransferableSkills">Skills met already, by weight descending then alias.</param>
/// <param name="Gaps">Skills to learn, by weighted gap descending then alias.</param>
/// <param name="Effort">Learning effort to close every gap.</param>
/// <param name="SuggestedDifficulty">Difficulty computed from readiness and job-zone rise.</param>
/// <param name="SuggestedSalaryChange">Salary change computed from both salary ranges; null when either career's
/// salary is unknown (always for a visitor).</param>
public sealed record SkillGapAnalysis(
    double Readiness,
    int JobZoneRise,
    IReadOnlyList<TransferableSkill> TransferableSkills,
    IReadOnlyList<SkillGap> Gaps,
    EffortEstimate Effort,
    TransitionDifficulty SuggestedDifficulty,
    SalaryChange? SuggestedSalaryChange)
{
    /// <summary>Readiness rounded to one decimal (half away from zero) for display, e.g. 52.9.</summary>
    public double ReadinessRounded => Math.Round(Readiness, 1, MidpointRounding.AwayFromZero);
}
