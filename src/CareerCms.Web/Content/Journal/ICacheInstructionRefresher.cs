namespace CareerCms.Web.Content.Journal;

/// <summary>Applies one kind of journal instruction on this node (cache, indexes, derived data).</summary>
public interface ICacheInstructionRefresher
{
    /// <summary>The refresher name the instruction carries.</summary>
    string Name { get; }

    /// <summary>Applies the instruction.</summary>
    Task RefreshAsync(CacheInstruction instruction, CancellationToken cancellationToken);

    /// <summary>Rebuilds everything this refresher maintains (cold boot).</summary>
    Task RefreshAllAsync(CancellationToken cancellationToken);
}
