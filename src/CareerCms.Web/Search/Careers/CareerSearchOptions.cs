namespace CareerCms.Web.Search.Careers;

/// <summary>
/// The visitor career search, bound from <c>CareerCms:Search:Careers</c> and validated at start. Every property's
/// default is given in its documentation.
/// </summary>
public sealed class CareerSearchOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "CareerCms:Search:Careers";

    /// <summary>The name of the ASP.NET Core rate-limiting policy on the search endpoints and page.</summary>
    public const string RateLimitPolicy = "career-search";

    /// <summary>
    /// Synonyms: each key is equivalent to each of its values, both ways ("ML" finds "machine learning" and
    /// "machine learning" finds "ML"). Matched case- and accent-insensitively; multi-word entries match as phrases.
    /// Default: <c>"ML" = ["machine learning"]</c>, <c>"MLOps" = ["ML Ops"]</c>. Configured entries are added to these.
    /// </summary>
    public Dictionary<string, string[]> Synonyms { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ML"] = ["machine learning"],
        ["MLOps"] = ["ML Ops"],
    };

    /// <summary>Also use each published skill's name and its <c>synonyms</c> tags as a synonym group. Default: true.</summary>
    public bool UseSkillSynonyms { get; set; } = true;

    /// <summary>Words shorter than this get no typo tolerance. Default: 4 ("none under 4 letters").</summary>
    public int MinWordSizeForOneTypo { get; set; } = 4;

    /// <summary>Words at least this long tolerate two typos (shorter ones one). Default: 9 ("1 edit up to 8, 2 beyond").</summary>
    public int MinWordSizeForTwoTypos { get; set; } = 9;

    /// <summary>
    /// Leading characters a typo may not change (keeps fuzzy matching fast on large indexes; Lucene's prefixLength).
    /// Default: 1.
    /// </summary>
    public int TypoPrefixLength { get; set; } = 1;

    /// <summary>Results per page when <c>pageSize</c> is not given. Default: 10.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>pageSize</c> accepted; larger is a 400. Default: 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The longest <c>q</c> accepted, in characters; longer is a 400. Default: 512.</summary>
    public int MaxQueryLength { get; set; } = 512;

    /// <summary>At most this many words of a query are searched (the rest are ignored). Default: 16.</summary>
    public int MaxQueryWords { get; set; } = 16;

    /// <summary>Completions returned by the suggest endpoint. Default: 8.</summary>
    public int SuggestLimit { get; set; } = 8;

    /// <summary>About how many characters of text a snippet shows. Default: 180.</summary>
    public int SnippetLength { get; set; } = 180;

    /// <summary>
    /// Salary bands of the <c>salaryBand</c> facet (yearly amounts, inclusive bounds; null max = open). A career
    /// counts in every band its salary range overlaps, which is exactly what <c>salaryMin</c>/<c>salaryMax</c> filter
    /// on. Default: under 50k, 50k-100k, 100k-150k, 150k-200k, 200k and over.
    /// </summary>
    public List<SalaryBand> SalaryBands { get; set; } =
    [
        new() { Min = 0, Max = 49_999 },
        new() { Min = 50_000, Max = 99_999 },
        new() { Min = 100_000, Max = 149_999 },
        new() { Min = 150_000, Max = 199_999 },
        new() { Min = 200_000, Max = null },
    ];

    /// <summary>Requests per client IP per window on the search endpoints and page. Default: 60.</summary>
    public int RateLimitPermits { get; set; } = 60;

    /// <summary>The rate-limit window. Default: 10 seconds.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    internal IEnumerable<string> Validate()
    {
        if (MinWordSizeForOneTypo < 1 || MinWordSizeForTwoTypos < MinWordSizeForOneTypo)
        {
            yield return "Typo word sizes must satisfy 1 <= MinWordSizeForOneTypo <= MinWordSizeForTwoTypos.";
        }

        if (TypoPrefixLength < 0)
        {
            yield return "TypoPrefixLength must not be negative.";
        }

        if (DefaultPageSize < 1 || MaxPageSize < DefaultPageSize || MaxPageSize > 1000)
        {
            yield return "Page sizes must satisfy 1 <= DefaultPageSize <= MaxPageSize <= 1000.";
        }

        if (MaxQueryLength is < 1 or > 100_000 || MaxQueryWords is < 1 or > 64)
        {
            yield return "MaxQueryLength must be 1-100000 and MaxQueryWords 1-64.";
        }

        if (SuggestLimit is < 1 or > 50 || SnippetLength is < 40 or > 2000)
        {
            yield return "SuggestLimit must be 1-50 and SnippetLength 40-2000.";
        }

        if (SalaryBands.Any(b => b.Min < 0 || (b.Max is { } max && max < b.Min)))
        {
            yield return "Each salary band needs 0 <= Min <= Max.";
        }

        if (RateLimitPermits < 1 || RateLimitWindow <= TimeSpan.Zero)
        {
            yield return "The rate limit needs at least one permit per positive window.";
        }
    }
}

/// <summary>A salary band of the facet: yearly amounts, inclusive; <see cref="Max"/> null is open-ended.</summary>
public sealed class SalaryBand
{
    /// <summary>Lowest salary in the band.</summary>
    public int Min { get; set; }

    /// <summary>Highest salary in the band, or null for "and over".</summary>
    public int? Max { get; set; }

    /// <summary>The facet value: <c>"100000-149999"</c>, or <c>"200000+"</c> when open.</summary>
    public string Value => Max is { } max
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min}-{max}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min}+");

    /// <summary>True when the range [min, max] overlaps the band.</summary>
    public bool Overlaps(int min, int max) => max >= Min && (Max is null || min <= Max);
}
