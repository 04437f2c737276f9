using CareerCms.Plugin.Careers;

namespace CareerCms.Plugin.Notifications;

/// <summary>
/// The node's current path counts, kept equal to a recount of the published content by the plugin's
/// notification handlers (on every node of a load-balanced site).
/// </summary>
public interface IPathCountReader
{
    /// <summary>The latest counts; the first read counts everything.</summary>
    PathCountSnapshot Counts { get; }
}
