namespace CareerCms.Web.Content.Scheduling;

/// <summary>
/// <c>CareerCms:ScheduledPublishing</c>: what Umbraco's <c>Umbraco:CMS:ScheduledPublishing</c> section (Core's
/// <see cref="Umbraco.Cms.Core.Configuration.Models.ScheduledPublishingSettings"/>: <c>Period</c>, default one minute,
/// and <c>AlignToClock</c>, default false) has no key for.
/// </summary>
public sealed class ScheduledPublishingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "CareerCms:ScheduledPublishing";

    /// <summary>
    /// Run the scheduler on this node. Default true. Every node may run it (a schedule is claimed in a transaction and
    /// runs once); switch it off on nodes that should never publish (Umbraco's subscriber servers).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Due schedules read per query; a run keeps reading until none is due. Default 100.</summary>
    public int BatchSize { get; set; } = 100;
}
