using CareerCms.Search.Health;

namespace CareerCms.Search.Rebuilding;

/// <summary>The startup check's verdict on one index and the rebuild it ran, if any.</summary>
/// <param name="IndexName">The index.</param>
/// <param name="Finding">What was found.</param>
/// <param name="Health">The health before any rebuild.</param>
/// <param name="Rebuild">The rebuild that ran (null when none was needed or possible).</param>
public sealed record IndexStartupCheckResult(string IndexName, IndexStartupFinding Finding, IndexHealth Health, IndexRebuildResult? Rebuild);
