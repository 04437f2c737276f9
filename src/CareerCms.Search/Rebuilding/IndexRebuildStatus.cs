namespace CareerCms.Search.Rebuilding;

/// <summary>How a rebuild request ended.</summary>
public enum IndexRebuildStatus
{
    /// <summary>The index was wiped and fully repopulated.</summary>
    Success,

    /// <summary>No index has that name.</summary>
    UnknownIndex,

    /// <summary>No populator is registered for the index, so it cannot be rebuilt.</summary>
    NoPopulator,

    /// <summary>A rebuild of the same index is already running; this one did not start.</summary>
    AlreadyRebuilding,

    /// <summary>The rebuild was cancelled; the index is partly populated.</summary>
    Cancelled,

    /// <summary>The rebuild failed (for example the index is locked by another process); see the message.</summary>
    Failed,
}
