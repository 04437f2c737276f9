namespace CareerCms.Web.Search.Careers;

/// <summary>
/// One career search. Several values of a facet are alternatives (OR); different facets combine (AND). An unknown
/// facet value is not an error: it matches nothing.
/// </summary>
public sealed record CareerSearchRequest
{
    /// <summary>The visitor's text (plain words; <c>"quoted words"</c> must appear together). Empty: browse.</summary>
    public string? Query { get; init; }

    /// <summary>Industries to keep.</summary>
    public IReadOnlyList<string> Industries { get; init; } = [];

    /// <summary>Experience levels to keep.</summary>
    public IReadOnlyList<string> ExperienceLevels { get; init; } = [];

    /// <summary>Transition path difficulties to keep (careers have none, so this keeps paths only).</summary>
    public IReadOnlyList<string> Difficulties { get; init; } = [];

    /// <summary>Keep items whose yearly salary range reaches at least this much.</summary>
    public int? SalaryMin { get; init; }

    /// <summary>Keep items whose yearly salary range starts at or below this much.</summary>
    public int? SalaryMax { get; init; }

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page; null for the default.</summary>
    public int? PageSize { get; init; }
}

/// <summary>The outcome of a search request.</summary>
public enum CareerSearchStatus
{
    /// <summary>Searched.</summary>
    Success,

    /// <summary>A parameter is invalid (see the errors).</summary>
    InvalidParameters,

    /// <summary>ExternalIndex cannot be read right now.</summary>
    IndexUnavailable,
}

/// <summary>A search result or why there is none.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="Response">The result when successful.</param>
/// <param name="Errors">Invalid parameters and why, when <see cref="CareerSearchStatus.InvalidParameters"/>.</param>
public sealed record CareerSearchResult(CareerSearchStatus Status, CareerSearchResponse? Response = null, IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>One page of career search results.</summary>
/// <param name="Hits">The page.</param>
/// <param name="Total">Every matching item.</param>
/// <param name="Page">The page number.</param>
/// <param name="PageSize">Hits per page.</param>
/// <param name="Facets">Counts per facet value; each facet is counted with every other filter applied.</param>
/// <param name="DidYouMean">A corrected query that finds something, when nothing matched.</param>
public sealed record CareerSearchResponse(
    IReadOnlyList<CareerSearchHit> Hits,
    long Total,
    int Page,
    int PageSize,
    CareerSearchFacets Facets,
    string? DidYouMean);

/// <summary>One hit.</summary>
/// <param name="Id">The item's key (as the Delivery API's <c>id</c>).</param>
/// <param name="Name">The item's published name.</param>
/// <param name="ContentType">Its document type alias: <c>career</c> or <c>transitionPath</c>.</param>
/// <param name="Route">Its Delivery API route path, e.g. <c>/mlops-engineer/</c>.</param>
/// <param name="Summary">A career's summary or a path's headline (plain text).</param>
/// <param name="Snippet">HTML-escaped text with the matching words in <c>&lt;mark&gt;</c>, and no other markup.</param>
/// <param name="Score">Relevance: the sum of the tiers matched (exact phrase, exact word, synonym, prefix, typo).</param>
public sealed record CareerSearchHit(Guid Id, string Name, string ContentType, string? Route, string? Summary, string Snippet, float Score);

/// <summary>Facet counts.</summary>
public sealed record CareerSearchFacets(
    IReadOnlyList<FacetCount> Industry,
    IReadOnlyList<FacetCount> ExperienceLevel,
    IReadOnlyList<SalaryBandCount> SalaryBand,
    IReadOnlyList<FacetCount> Difficulty);

/// <summary>A facet value and the number of hits applying it would give.</summary>
public sealed record FacetCount(string Value, long Count);

/// <summary>A salary band (apply it as <c>salaryMin={Min}&amp;salaryMax={Max}</c>) and its count.</summary>
public sealed record SalaryBandCount(string Value, int Min, int? Max, long Count);
