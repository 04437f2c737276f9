using CareerCms.Plugin.Api.Analysis;
using CareerCms.Plugin.Notifications;
using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.DeliveryApi.Output;

/// <summary>
/// Computes the values of the <see cref="CareerOutputEditors"/> for the item that owns the property, from the
/// node's current counts and the published content. Used by the Core value converter in an Umbraco site and by a
/// host's own property renderer; always live (never cached with the item), so counts show at once.
/// </summary>
public sealed class CareerOutputValues(
    IPathCountReader pathCounts,
    IPathStartStore starts,
    ICareerContentReader content,
    TransitionPathAnalysisService analysis)
{
    /// <summary>The value of a computed editor for the owner, or null (not computed, or not applicable).</summary>
    public object? For(string editorAlias, Guid ownerKey) => editorAlias switch
    {
        CareerOutputEditors.PathCounts => PathCounts(ownerKey),
        CareerOutputEditors.SkillGap => analysis.Analyze(ownerKey).Analysis,
        CareerOutputEditors.Engagement => Engagement(ownerKey),
        _ => null,
    };

    /// <summary>A career's counts; zeros for a career that is not published.</summary>
    public CareerPathCountsOutput PathCounts(Guid careerKey)
    {
        var counts = pathCounts.Counts.ForCareer(careerKey) ?? default;
        return new CareerPathCountsOutput(
            counts.IncomingTotal,
            new DifficultyCountsOutput(counts.IncomingEasy, counts.IncomingModerate, counts.IncomingHard),
            counts.Outgoing);
    }

    /// <summary>A path's engagement (baseline plus counted starts), or null when it is not a published path.</summary>
    public long? Engagement(Guid pathKey) =>
        content.GetTransitionPath(pathKey) is { } path ? path.EngagementBaseline + starts.GetCount(pathKey) : null;
}
