namespace CareerCms.Search.Rebuilding;

/// <summary>What the startup check found in one index.</summary>
public enum IndexStartupFinding
{
    /// <summary>Healthy and populated; left alone.</summary>
    Healthy,

    /// <summary>There was no index in the folder; it was created empty.</summary>
    Missing,

    /// <summary>The index holds no documents.</summary>
    Empty,

    /// <summary>The files are broken (failed to open, or CheckIndex found bad segments).</summary>
    Corrupt,

    /// <summary>Locked by another process or unreadable; left alone.</summary>
    Unavailable,
}
