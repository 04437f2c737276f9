namespace CareerCms.Web.Content.Journal;

/// <summary>
/// How this node keeps up with the others through the cache-instruction journal. Bound from
/// <c>Umbraco:CMS:Global:DatabaseServerMessenger</c> (Umbraco's keys) plus <c>NodeId</c>.
/// </summary>
public sealed class LoadBalancingOptions
{
    /// <summary>The configuration section (Umbraco's).</summary>
    public const string SectionName = "Umbraco:CMS:Global:DatabaseServerMessenger";

    /// <summary>
    /// This node's identity in umbracoLastSynced. Default: empty, meaning machine name plus the content root path,
    /// which is unique per site folder on a machine.
    /// </summary>
    public string NodeId { get; set; } = "";

    /// <summary>How often other nodes' instructions are read. Default 5 seconds (Umbraco's default).</summary>
    public TimeSpan TimeBetweenSyncOperations { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long instructions are kept before pruning. Default 2 days (Umbraco's default).</summary>
    public TimeSpan TimeToRetainInstructions { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// At a warm start, instructions processed this long before the node's last recorded sync are applied again,
    /// so index writes lost to a crash before their commit are repaired. Default 10 seconds (indexes commit
    /// within about 2 seconds).
    /// </summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A node further behind than this many instructions cold-boots: it rebuilds its caches and indexes instead of
    /// replaying. Default 1000 (Umbraco's default).
    /// </summary>
    public int MaxProcessingInstructionCount { get; set; } = 1000;
}
