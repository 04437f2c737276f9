namespace CareerCms.Search.Rebuilding;

/// <summary>Options of the startup index check (bound by the host, e.g. from <c>CareerCms:Search:Startup</c>).</summary>
public sealed class IndexStartupOptions
{
    /// <summary>Run the check, rebuilding missing, empty and corrupt indexes, when the host starts. Default: true.</summary>
    public bool RebuildOnStartup { get; set; } = true;

    /// <summary>How long after startup the check begins, so it does not compete with warm-up. Default: zero.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;
}
