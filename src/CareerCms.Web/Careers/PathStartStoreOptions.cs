namespace CareerCms.Web.Careers;

/// <summary>How the host's path-start store writes and reads, bound from <c>CareerCms:PathStartStore</c>.</summary>
public sealed class PathStartStoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "CareerCms:PathStartStore";

    /// <summary>Most starts written in one transaction. Default 1000; 1 to 10000.</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>Starts waiting for a write before new ones wait for room. Default 100000; at least MaxBatchSize.</summary>
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>
    /// How often totals are re-read from the database, to pick up other nodes' starts (and re-index what changed).
    /// Default 5 seconds; 100 ms to 1 hour.
    /// </summary>
    public TimeSpan CountRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Days of per-visitor rows kept (the once-a-day rule needs today's; totals keep the rest). Default 2; 1 to 366.</summary>
    public int RetainDays { get; set; } = 2;
}
