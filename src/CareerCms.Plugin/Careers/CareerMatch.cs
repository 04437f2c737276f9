namespace CareerCms.Plugin.Careers;

/// <summary>One career scored against a visitor's skills.</summary>
/// <param name="Career">The career.</param>
/// <param name="Analysis">The full analysis of the visitor against the career.</param>
/// <param name="TopGaps">The largest weighted gaps, at most the requested number.</param>
/// <param name="BestPath">The existing transition path into the career whose background is most like the visitor, or null.</param>
/// <param name="BestPathBackgroundReadiness">How much of that background's skills the visitor has (0-100), or null.</param>
public sealed record CareerMatch(
    CareerProfile Career,
    SkillGapAnalysis Analysis,
    IReadOnlyList<SkillGap> TopGaps,
    PublishedTransitionPath? BestPath,
    double? BestPathBackgroundReadiness);
