namespace CareerCms.Web.Search.Indexing;

/// <summary>The names of Umbraco's content indexes (<c>Constants.UmbracoIndexes</c>), which this runtime keeps.</summary>
public static class ContentIndexNames
{
    /// <summary>Published, routable content only; StandardAnalyzer with ASCII folding. Searcher: ExternalSearcher.</summary>
    public const string External = "ExternalIndex";

    /// <summary>All content: drafts and the recycle bin included; culture-invariant whitespace analyzer. Searcher: InternalSearcher.</summary>
    public const string Internal = "InternalIndex";

    /// <summary>Both, External first.</summary>
    public static IReadOnlyList<string> All { get; } = [External, Internal];

    /// <summary>True for one of the two content index names (case-insensitive, as the registry is).</summary>
    public static bool IsContentIndex(string name) =>
        string.Equals(name, External, StringComparison.OrdinalIgnoreCase) || string.Equals(name, Internal, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the index holds published values only.</summary>
    public static bool IsPublishedOnly(string name) => string.Equals(name, External, StringComparison.OrdinalIgnoreCase);
}
