namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// The business signals that break ties between equally relevant hits in the career search: more transition paths
/// first, then more engagement. Read when a career or path is indexed into ExternalIndex; register another
/// implementation (for example the plugin's live path and engagement counts, looked up by <see cref="RankedItem.Key"/>)
/// to replace the default <see cref="ContentRankingSignals"/>, and re-index the items whose signals changed.
/// </summary>
public interface ISearchRankingSignals
{
    /// <summary>The signals of a published career or transition path.</summary>
    /// <param name="item">The item, with its published values.</param>
    /// <param name="publishedChildren">Its routable children (for a career: its published transition paths).</param>
    RankingSignals GetSignals(RankedItem item, IReadOnlyList<RankedItem> publishedChildren);
}

/// <summary>A published item as the ranking signals see it.</summary>
/// <param name="Id">The integer id.</param>
/// <param name="Key">The key (as the Delivery API and the plugin identify items).</param>
/// <param name="ContentTypeAlias">The document type alias.</param>
/// <param name="PublishedValues">The published property values, as stored (raw strings).</param>
public sealed record RankedItem(int Id, Guid Key, string ContentTypeAlias, IReadOnlyDictionary<string, string?> PublishedValues);

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
    public RankingSignals GetSignals(RankedItem item, IReadOnlyList<RankedItem> publishedChildren)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(publishedChildren);
        if (item.ContentTypeAlias == CareerContentTypes.TransitionPath)
        {
            return new RankingSignals(0, Engagement(item));
        }

        var paths = publishedChildren.Where(child => child.ContentTypeAlias == CareerContentTypes.TransitionPath).ToList();
        return new RankingSignals(paths.Count, paths.Sum(Engagement));
    }

    private static int Engagement(RankedItem item) =>
        item.PublishedValues.TryGetValue(CareerContentTypes.EngagementBaseline, out var text)
        && int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? Math.Max(0, number)
            : 0;
}
