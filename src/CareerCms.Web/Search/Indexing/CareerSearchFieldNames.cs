namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// The visitor-search projection that ExternalIndex adds to career and transition path documents, beside Umbraco's
/// own fields. Facet, number and sort fields carry DocValues, so the career search reads them without loading
/// stored documents.
/// </summary>
public static class CareerSearchFieldNames
{
    /// <summary>Raw: <c>career</c> or <c>transitionPath</c>; present only on searchable documents.</summary>
    public const string Type = "search_type";

    /// <summary>Raw, original casing: the title shown in hits and completions.</summary>
    public const string Title = "search_title";

    /// <summary>Raw: the title folded, lowercased and without stop words; exact-title matches and name ties.</summary>
    public const string TitleKey = "search_titleKey";

    /// <summary>Full text: summary, description, headline, narrative, advice, skill names, roadmap phases, facets.</summary>
    public const string Body = "search_body";

    /// <summary>Raw: the Delivery API route path of the item (e.g. <c>/mlops-engineer/</c>).</summary>
    public const string Route = "search_route";

    /// <summary>Raw facet: the industry (a path's is its target career's).</summary>
    public const string Industry = "search_industry";

    /// <summary>Raw facet: the experience level (a path's is its target career's).</summary>
    public const string ExperienceLevel = "search_experienceLevel";

    /// <summary>Raw facet: a transition path's difficulty (careers have none).</summary>
    public const string Difficulty = "search_difficulty";

    /// <summary>Integer: yearly salary lower bound (a path's is its target career's).</summary>
    public const string SalaryMin = "search_salaryMin";

    /// <summary>Integer: yearly salary upper bound.</summary>
    public const string SalaryMax = "search_salaryMax";

    /// <summary>Integer tie-break: published transition paths into a career (a path: 0).</summary>
    public const string PathCount = "search_pathCount";

    /// <summary>Integer tie-break: engagement (visitors who started the path, summed over a career's paths).</summary>
    public const string Engagement = "search_engagement";
}
