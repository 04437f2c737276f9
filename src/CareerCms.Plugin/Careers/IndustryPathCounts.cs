namespace CareerCms.Plugin.Careers;

/// <summary>Structural counts of one industry.</summary>
/// <param name="CareerCount">Published careers in the industry.</param>
/// <param name="PathCount">Counted paths whose target career is in the industry.</param>
public readonly record struct IndustryPathCounts(int CareerCount, int PathCount)
{
    /// <summary>Counts with one career and its incoming paths added (or removed, with <paramref name="sign"/> -1).</summary>
    internal IndustryPathCounts Plus(CareerPathCounts career, int sign = 1) =>
        new(CareerCount + sign, PathCount + (sign * career.IncomingTotal));
}
