using CareerCms.Plugin.Api.Matching;

namespace CareerCms.Plugin.Api.Analysis;

/// <summary>
/// The skill-gap analysis of a transition path: from its background career to its target, with the editor's own
/// values beside the computed suggestions so drift is visible. Served to the backoffice and (as <c>skillGap</c>)
/// in Delivery API output.
/// </summary>
/// <param name="PathId">The path's key.</param>
/// <param name="TargetCareer">The target (parent) career.</param>
/// <param name="FromCareer">The background career.</param>
/// <param name="Readiness">Weighted coverage of the target's skills by the background's, 0-100, one decimal.</param>
/// <param name="TransferableSkills">Skills the background already has at the required level.</param>
/// <param name="Gaps">Skills to learn, largest weighted gap first.</param>
/// <param name="Effort">Learning effort at the configured weekly hours.</param>
/// <param name="Difficulty">The editor's difficulty and the suggested one.</param>
/// <param name="DurationMonths">The editor's duration range and the suggested one.</param>
/// <param name="SalaryChangePercent">The editor's salary change range and the suggested one (null when a salary is unknown).</param>
/// <param name="Roadmap">The editor's roadmap phases and the computed ones.</param>
public sealed record TransitionPathAnalysisModel(
    Guid PathId,
    CareerReference TargetCareer,
    CareerReference FromCareer,
    double Readiness,
    IReadOnlyList<TransferableSkillModel> TransferableSkills,
    IReadOnlyList<SkillGapModel> Gaps,
    EffortModel Effort,
    EditorAndSuggested<string> Difficulty,
    EditorAndSuggested<RangeModel> DurationMonths,
    EditorAndSuggested<RangeModel> SalaryChangePercent,
    RoadmapComparisonModel Roadmap);

/// <summary>A skill that transfers.</summary>
public sealed record TransferableSkillModel(string Skill, string Name, int Importance, int CurrentLevel, int RequiredLevel);

/// <summary>Learning effort: hours, and months as a min-max range.</summary>
public sealed record EffortModel(double Hours, int MinMonths, int MaxMonths);

/// <summary>A whole-number range.</summary>
public sealed record RangeModel(int? Min, int? Max);

/// <summary>What the editor set (null when not set) and what the analysis suggests; <see cref="Differs"/> flags drift.</summary>
public sealed record EditorAndSuggested<T>(T? Editor, T? Suggested, bool Differs);

/// <summary>The editor's roadmap (empty when left to the computed one) and the computed one.</summary>
/// <param name="Editor">The editor's phases.</param>
/// <param name="Suggested">The computed phases, prerequisites first.</param>
/// <param name="Cycles">Prerequisite cycles the planner had to break (skill aliases), empty when none.</param>
public sealed record RoadmapComparisonModel(
    IReadOnlyList<RoadmapPhaseModel> Editor,
    IReadOnlyList<RoadmapPhaseModel> Suggested,
    IReadOnlyList<IReadOnlyList<string>> Cycles);

/// <summary>One roadmap phase.</summary>
public sealed record RoadmapPhaseModel(string Title, int? Months, IReadOnlyList<string> Skills);
