namespace CareerCms.Plugin.Ports;

/// <summary>
/// A reader that keeps what it read between changes. The plugin tells it, first among its handlers of Core's
/// content cache-refresher notification (so on every node, after the published cache holds the change), which
/// branches were refreshed; it then reads only those again.
/// </summary>
public interface IRefreshableCareerContentReader : ICareerContentReader
{
    /// <summary>The published content refreshed these branches (each key with its descendants), or anything when null.</summary>
    void Refreshed(IReadOnlyCollection<Guid>? branchKeys);
}
