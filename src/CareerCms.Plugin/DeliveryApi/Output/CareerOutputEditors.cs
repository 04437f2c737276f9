namespace CareerCms.Plugin.DeliveryApi.Output;

/// <summary>
/// The property editors whose values the plugin computes instead of storing. A document type gets the computed
/// output by adding a property of a data type with one of these editors (read-only; any stored value is ignored):
/// <list type="bullet">
/// <item><see cref="PathCounts"/> on <c>career</c> (suggested alias <c>pathCounts</c>):
/// <c>{"transitionPathCount":3,"transitionPathCountByDifficulty":{"easy":0,"moderate":3,"hard":0},"outgoingPathCount":0}</c>.</item>
/// <item><see cref="SkillGap"/> on <c>transitionPath</c> (alias <c>skillGap</c>): the skill-gap analysis with the
/// editor's values beside the suggestions, or null when the background career is not published.</item>
/// <item><see cref="Engagement"/> on <c>transitionPath</c> (alias <c>engagement</c>): baseline plus counted starts.</item>
/// </list>
/// </summary>
public static class CareerOutputEditors
{
    public const string PathCounts = "CareerCms.PathCounts";
    public const string SkillGap = "CareerCms.SkillGap";
    public const string Engagement = "CareerCms.Engagement";

    /// <summary>Every computed editor alias.</summary>
    public static IReadOnlyList<string> All { get; } = [PathCounts, SkillGap, Engagement];

    /// <summary>True for an editor whose value the plugin computes.</summary>
    public static bool IsComputed(string? editorAlias) => editorAlias is not null && All.Contains(editorAlias, StringComparer.Ordinal);
}
