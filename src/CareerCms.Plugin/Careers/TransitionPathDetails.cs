namespace CareerCms.Plugin.Careers;

/// <summary>A published transition path as the plugin reads it: the editor's values and the two careers it links.</summary>
/// <param name="Key">The path document's key.</param>
/// <param name="Name">The path's name, e.g. "Software Engineer to MLOps Engineer".</param>
/// <param name="TargetCareerKey">The parent career (the target).</param>
/// <param name="FromCareerKey">The picked background career, or null.</param>
/// <param name="Difficulty">The editor's difficulty, or null when not set.</param>
/// <param name="Headline">The headline, or null.</param>
/// <param name="DurationMinMonths">The editor's shortest duration, or null.</param>
/// <param name="DurationMaxMonths">The editor's longest duration, or null.</param>
/// <param name="SalaryChangeMinPercent">The editor's lowest salary change, or null.</param>
/// <param name="SalaryChangeMaxPercent">The editor's highest salary change, or null.</param>
/// <param name="EngagementBaseline">Starts counted before the site tracked them (0 when empty).</param>
/// <param name="Roadmap">The editor's roadmap phases, in order (empty when the editor left it to the computed one).</param>
public sealed record TransitionPathDetails(
    Guid Key,
    string Name,
    Guid TargetCareerKey,
    Guid? FromCareerKey,
    TransitionDifficulty? Difficulty,
    string? Headline,
    int? DurationMinMonths,
    int? DurationMaxMonths,
    int? SalaryChangeMinPercent,
    int? SalaryChangeMaxPercent,
    int EngagementBaseline,
    IReadOnlyList<EditorRoadmapPhase> Roadmap)
{
    /// <summary>The path as path counting sees it.</summary>
    public PublishedTransitionPath ToPublishedPath() => new(Key, TargetCareerKey, FromCareerKey, Difficulty);
}

/// <summary>One <c>roadmapPhase</c> block an editor wrote.</summary>
/// <param name="Title">The phase title.</param>
/// <param name="Months">The phase's months, or null.</param>
/// <param name="SkillAliases">Aliases of the picked (published) skills.</param>
public sealed record EditorRoadmapPhase(string Title, int? Months, IReadOnlyList<string> SkillAliases);
