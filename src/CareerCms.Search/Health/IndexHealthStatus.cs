namespace CareerCms.Search.Health;

/// <summary>The state of an index as shown on a dashboard.</summary>
public enum IndexHealthStatus
{
    /// <summary>Open, writable and readable.</summary>
    Healthy,

    /// <summary>Not usable right now: locked by another process or unreadable (for example permissions). Not wiped automatically.</summary>
    Unhealthy,

    /// <summary>A rebuild is in progress; results may be incomplete.</summary>
    Rebuilding,

    /// <summary>Files are broken (failed to open, or CheckIndex found bad segments): the index needs a rebuild.</summary>
    Corrupt,
}
