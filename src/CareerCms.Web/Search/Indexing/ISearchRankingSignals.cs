using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// The business signals that break ties between equally relevant hits in the career search: more transition paths
/// first, then more engagement. Read when a career or path is indexed into ExternalIndex; register another
/// implementation (for example the plugin's live path and engagement counts) to replace the default
/// <see cref="ContentRankingSignals"/>, and re-index the items whose signals changed.
/// </summary>
public interface ISearchRankingSignals
{
    /// <summary>The signals of a published career or transition path.</summary>
    /// <param name="content">The item, with published values.</param>
    /// <param name="publishedChildren">Its routable children (for a career: its published transition paths), with published values.</param>
    RankingSignals GetSignals(IContent content, IReadOnlyList<IContent> publishedChildren);
}

/// <summary>Tie-break signals of one item; higher ranks first.</summary>
/// <param name="PathCount">Published transition paths into a career (0 for a path).</param>
/// <param name="Engagement">Visitors who started the path (for a career: summed over its paths).</param>
public readonly record struct RankingSignals(int PathCount, int Engagement);

/// <summary>
/// The signals readable from content alone: a career's published <c>transitionPath</c> children, and the
/// <c>engagementBaseline</c> editors record on each path (summed for a career).
/// </summary>
public sealed class ContentRankingSignals : ISearchRankingSignals
{
    /// <inheritdoc />
    public RankingSignals GetSignals(IContent content, IReadOnlyList<IContent> publishedChildren)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(publishedChildren);
        if (content.ContentType.Alias == CareerContentTypes.TransitionPath)
        {
            return new RankingSignals(0, Engagement(content));
        }

        var paths = publishedChildren.Where(child => child.ContentType.Alias == CareerContentTypes.TransitionPath).ToList();
        return new RankingSignals(paths.Count, paths.Sum(Engagement));
    }

    private static int Engagement(IContent content) =>
        content.GetValue(CareerContentTypes.EngagementBaseline, published: true) switch
        {
            int number => Math.Max(0, number),
            string text when int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => Math.Max(0, parsed),
            _ => 0,
        };
}
