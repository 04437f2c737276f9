namespace CareerCms.Plugin.Careers;

/// <summary>A published transition path, as path counting sees it.</summary>
/// <param name="Key">The path document's key.</param>
/// <param name="TargetCareerKey">The parent career: the career the path leads to.</param>
/// <param name="FromCareerKey">The background career (<c>fromCareer</c>), or null when not picked.</param>
/// <param name="Difficulty">The editor's difficulty, or null when not set (then it counts in the total only).</param>
public sealed record PublishedTransitionPath(
    Guid Key,
    Guid TargetCareerKey,
    Guid? FromCareerKey,
    TransitionDifficulty? Difficulty);
