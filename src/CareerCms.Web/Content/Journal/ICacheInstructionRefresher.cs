namespace CareerCms.Web.Content.Journal;

/// <summary>Applies one kind of journal instruction on this node (cache, indexes, derived data).</summary>
public interface ICacheInstructionRefresher
{
    /// <summary>The refresher name the instruction carries.</summary>
    string Name { get; }

    /// <summary>Applies the instruction.</summary>
    Task RefreshAsync(CacheInstruction instruction, CancellationToken cancellationToken);

    /// <summary>
    /// Loads what this refresher keeps in memory at start; on a cold boot (new node, or too far behind) also
    /// rebuilds what it keeps on disk (indexes).
    /// </summary>
    Task RefreshAllAsync(bool coldBoot, CancellationToken cancellationToken);
}
