namespace CareerCms.Plugin.Careers;

/// <summary>One phase of a learning roadmap; maps onto a <c>roadmapPhase</c> block.</summary>
/// <param name="Number">1-based position in the roadmap.</param>
/// <param name="Title">"Phase {number}: {skill names}", e.g. "Phase 1: Docker, Kubernetes".</param>
/// <param name="Months">Whole months the phase takes (its exact months rounded up).</param>
/// <param name="Hours">Learning hours of the phase's gaps.</param>
/// <param name="Skills">The gaps learned in this phase, in learning order.</param>
public sealed record RoadmapPhase(int Number, string Title, int Months, double Hours, IReadOnlyList<SkillGap> Skills);
