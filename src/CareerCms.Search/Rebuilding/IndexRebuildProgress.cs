namespace CareerCms.Search.Rebuilding;

/// <summary>A snapshot of a running rebuild.</summary>
/// <param name="IndexName">The index being rebuilt.</param>
/// <param name="Done">Items written so far.</param>
/// <param name="Total">Items expected in all, when the populators said so.</param>
public sealed record IndexRebuildProgress(string IndexName, long Done, long? Total);
