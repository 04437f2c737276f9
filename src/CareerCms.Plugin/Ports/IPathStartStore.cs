namespace CareerCms.Plugin.Ports;

/// <summary>
/// Durable engagement counting: a visitor starting a transition path counts once per visitor, path and (UTC) day.
/// <see cref="RecordAsync"/> may batch writes but must not return before the start is durable, so no acknowledged
/// start is lost on a crash; <see cref="GetCount"/> is an in-memory read that never touches storage.
/// </summary>
public interface IPathStartStore
{
    /// <summary>Records a start; the outcome says whether it counted or was a repeat for that visitor and day.</summary>
    Task<PathStartOutcome> RecordAsync(PathStart start, CancellationToken cancellationToken);

    /// <summary>Starts counted for a path (not including its editor-set baseline).</summary>
    long GetCount(Guid pathKey);

    /// <summary>Starts counted per path (paths with none are absent).</summary>
    IReadOnlyDictionary<Guid, long> GetCounts();
}

/// <summary>One visitor starting one path on one day.</summary>
/// <param name="PathKey">The transition path's key.</param>
/// <param name="VisitorId">An opaque, already hashed visitor id for the day (never an IP address or cookie value).</param>
/// <param name="Day">The UTC day the start happened on.</param>
public sealed record PathStart(Guid PathKey, string VisitorId, DateOnly Day);

/// <summary>What recording a start did.</summary>
public enum PathStartOutcome
{
    /// <summary>The start counted.</summary>
    Counted,

    /// <summary>The visitor already started this path today; nothing changed.</summary>
    AlreadyCounted,
}

/// <summary>Told when counts change (after this node's writes, or when another node's writes are read).</summary>
public interface IPathStartCountsObserver
{
    /// <summary>The paths whose <see cref="IPathStartStore.GetCount"/> changed.</summary>
    Task CountsChangedAsync(IReadOnlyCollection<Guid> pathKeys, CancellationToken cancellationToken);
}
