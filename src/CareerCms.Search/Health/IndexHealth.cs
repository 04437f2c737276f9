namespace CareerCms.Search.Health;

/// <summary>An index's health with a human-readable reason when it is not healthy.</summary>
/// <param name="Status">The state.</param>
/// <param name="Message">Why, when not <see cref="IndexHealthStatus.Healthy"/>.</param>
public sealed record IndexHealth(IndexHealthStatus Status, string? Message = null)
{
    /// <summary>The healthy state.</summary>
    public static IndexHealth Healthy { get; } = new(IndexHealthStatus.Healthy);

    /// <summary>True when <see cref="Status"/> is <see cref="IndexHealthStatus.Healthy"/>.</summary>
    public bool IsHealthy => Status == IndexHealthStatus.Healthy;
}
