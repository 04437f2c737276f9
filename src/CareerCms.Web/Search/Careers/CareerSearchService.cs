using CareerCms.Web.Search.Indexing;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// The visitor career search over ExternalIndex's committed generations: validates the request, runs one query
/// with one collector pass (hits, total, disjunctive facet counts), builds snippets, and suggests a corrected
/// query when nothing matches. Also serves as-you-type title completion.
/// </summary>
public sealed class CareerSearchService
{
    private readonly ContentIndexSync _sync;
    private readonly IOptionsMonitor<CareerSearchOptions> _options;
    private readonly ILogger<CareerSearchService> _logger;
    private volatile ReaderDerivedCache<SynonymSet> _synonyms;
    private readonly ReaderDerivedCache<TitleSuggester> _titles = new(TitleSuggester.Build);
    private readonly ReaderDerivedCache<TermVocabulary> _vocabulary = new(TermVocabulary.Build);

    /// <summary>Creates the service.</summary>
    public CareerSearchService(ContentIndexSync sync, IOptionsMonitor<CareerSearchOptions> options, ILogger<CareerSearchService> logger)
    {
        _sync = sync;
        _options = options;
        _logger = logger;
        _synonyms = new ReaderDerivedCache<SynonymSet>(searcher => SearchSynonyms.Build(searcher, _options.CurrentValue));
        options.OnChange(_ => _synonyms = new ReaderDerivedCache<SynonymSet>(searcher => SearchSynonyms.Build(searcher, _options.CurrentValue)));
    }

    /// <summary>Runs a search.</summary>
    public async Task<CareerSearchResult> SearchAsync(CareerSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = _options.CurrentValue;
        var errors = Validate(request, options);
        if (errors.Count > 0)
        {
            return new CareerSearchResult(CareerSearchStatus.InvalidParameters, Errors: errors);
        }

        if (_sync.GetState(ContentIndexNames.External)?.Searcher is not { } committed)
        {
            return new CareerSearchResult(CareerSearchStatus.IndexUnavailable);
        }

        var pageSize = request.PageSize ?? options.DefaultPageSize;
        using var lease = committed.Acquire();
        if (lease is null)
        {
            return new CareerSearchResult(CareerSearchStatus.Success, Empty(request.Page, pageSize, options));
        }

        var version = ReaderDerivedCache<SynonymSet>.VersionOf(lease.Searcher);
        var synonyms = await _synonyms.GetAsync(committed, version).ConfigureAwait(false) ?? SynonymSet.Empty;
        var typos = TypoTolerance.From(options);
        var query = CareerQuery.Parse(request.Query, synonyms, options.MaxQueryWords);
        var filters = new CareerFacetFilters(request);
        var skip = (request.Page - 1) * pageSize;
        var collector = Run(lease.Searcher, query, typos, filters, options, skip + pageSize);
        var highlighter = new SnippetHighlighter(query, typos);
        var hits = collector.TopHits().Skip(skip).Take(pageSize).Select(hit => ToHit(lease.Searcher, hit.Doc, hit.Score, highlighter, options)).ToList();
        string? didYouMean = null;
        if (collector.Total == 0 && !query.IsEmpty)
        {
            didYouMean = await DidYouMeanAsync(committed, lease.Searcher, version, query, request, synonyms, typos, options).ConfigureAwait(false);
        }

        return new CareerSearchResult(
            CareerSearchStatus.Success,
            new CareerSearchResponse(hits, collector.Total, request.Page, pageSize, Facets(collector, filters, options), didYouMean));
    }

    /// <summary>Title completions; null when the index cannot be read.</summary>
    public async Task<IReadOnlyList<CareerSuggestion>?> SuggestAsync(string? typed)
    {
        var options = _options.CurrentValue;
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > options.MaxQueryLength)
        {
            return [];
        }

        if (_sync.GetState(ContentIndexNames.External)?.Searcher is not { } committed)
        {
            return null;
        }

        long version;
        using (var lease = committed.Acquire())
        {
            if (lease is null)
            {
                return [];
            }

            version = ReaderDerivedCache<TitleSuggester>.VersionOf(lease.Searcher);
        }

        var titles = await _titles.GetAsync(committed, version).ConfigureAwait(false);
        return titles?.Suggest(typed, options.SuggestLimit) ?? [];
    }

    /// <summary>The parameter errors of a request (empty when valid).</summary>
    public static Dictionary<string, string[]> Validate(CareerSearchRequest request, CareerSearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Query?.Length > options.MaxQueryLength)
        {
            errors["q"] = [$"The query is longer than {options.MaxQueryLength} characters."];
        }

        if (request.Page < 1)
        {
            errors["page"] = ["The page must be 1 or more."];
        }

        if (request.PageSize is { } size && (size < 1 || size > options.MaxPageSize))
        {
            errors["pageSize"] = [$"The page size must be between 1 and {options.MaxPageSize}."];
        }
        else if (request.Page >= 1 && (long)request.Page * (request.PageSize ?? options.DefaultPageSize) > int.MaxValue)
        {
            errors["page"] = ["The page is too far."];
        }

        if (request.SalaryMin < 0)
        {
            errors["salaryMin"] = ["The minimum salary must not be negative."];
        }

        if (request.SalaryMax < 0)
        {
            errors["salaryMax"] = ["The maximum salary must not be negative."];
        }
        else if (request.SalaryMin is { } min && request.SalaryMax is { } max && min > max)
        {
            errors["salaryMax"] = ["The maximum salary must not be below the minimum salary."];
        }

        return errors;
    }

    private static CareerHitCollector Run(IndexSearcher searcher, CareerQuery query, TypoTolerance typos, CareerFacetFilters filters, CareerSearchOptions options, int k)
    {
        var collector = new CareerHitCollector(filters, options.SalaryBands, k);
        searcher.Search(CareerQueryBuilder.Build(query, typos), collector);
        return collector;
    }

    private async Task<string?> DidYouMeanAsync(
        CommittedSearcher committed, IndexSearcher searcher, long version, CareerQuery query, CareerSearchRequest request,
        SynonymSet synonyms, TypoTolerance typos, CareerSearchOptions options)
    {
        try
        {
            var vocabulary = await _vocabulary.GetAsync(committed, version).ConfigureAwait(false);
            if (vocabulary is null)
            {
                return null;
            }

            var words = query.Words.Select(w => w.Term).ToList();
            var corrected = words.Select(word => vocabulary.Contains(word) ? word : vocabulary.Closest(word) ?? word).ToList();
            var candidates = new List<string>();
            if (!corrected.SequenceEqual(words))
            {
                candidates.Add(string.Join(' ', corrected));
            }

            var titles = await _titles.GetAsync(committed, version).ConfigureAwait(false);
            if (titles is not null && titles.Count <= 20_000 && titles.Closest(query.Text) is { } title)
            {
                candidates.Add(title);
            }

            foreach (var candidate in candidates.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                // A suggestion must find something as written (complete words: no prefix matching).
                var retry = CareerQuery.Parse(candidate + " ", synonyms, options.MaxQueryWords);
                if (Run(searcher, retry, typos, new CareerFacetFilters(request), options, 0).Total > 0)
                {
                    return candidate;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ObjectDisposedException)
        {
            _logger.LogWarning(ex, "No did-you-mean suggestion: the vocabulary could not be read");
        }

        return null;
    }

    private static CareerSearchHit ToHit(IndexSearcher searcher, int doc, float score, SnippetHighlighter highlighter, CareerSearchOptions options)
    {
        var document = searcher.Doc(doc, HitFields);
        var type = document.Get(CareerSearchFieldNames.Type) ?? string.Empty;
        var isPath = type == CareerContentTypes.TransitionPath;
        var summary = document.Get(isPath ? CareerContentTypes.Headline : CareerContentTypes.Summary);
        var details = document.Get(isPath ? CareerContentTypes.Narrative : CareerContentTypes.Description);
        return new CareerSearchHit(
            Guid.TryParse(document.Get(ContentIndexFieldNames.Key), out var key) ? key : Guid.Empty,
            document.Get(CareerSearchFieldNames.Title) ?? string.Empty,
            type,
            document.Get(CareerSearchFieldNames.Route),
            summary,
            highlighter.Snippet([summary, details], options.SnippetLength),
            score);
    }

    private static readonly HashSet<string> HitFields =
    [
        ContentIndexFieldNames.Key, CareerSearchFieldNames.Title, CareerSearchFieldNames.Type, CareerSearchFieldNames.Route,
        CareerContentTypes.Summary, CareerContentTypes.Description, CareerContentTypes.Headline, CareerContentTypes.Narrative,
    ];

    private static CareerSearchFacets Facets(CareerHitCollector collector, CareerFacetFilters filters, CareerSearchOptions options) => new(
        Values(collector.IndustryCounts, filters.Industries),
        Values(collector.ExperienceCounts, filters.ExperienceLevels),
        options.SalaryBands.Select((band, i) => new SalaryBandCount(band.Value, band.Min, band.Max, collector.BandCounts[i])).ToList(),
        Values(collector.DifficultyCounts, filters.Difficulties));

    /// <summary>Counted values by count then name; selected values are listed even when they count zero.</summary>
    private static List<FacetCount> Values(IReadOnlyDictionary<string, long> counts, HashSet<string>? selected) =>
        counts.Where(pair => pair.Value > 0)
            .Select(pair => new FacetCount(pair.Key, pair.Value))
            .Concat((selected ?? []).Where(value => counts.GetValueOrDefault(value) == 0).Select(value => new FacetCount(value, 0)))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList();

    private static CareerSearchResponse Empty(int page, int pageSize, CareerSearchOptions options) => new(
        [], 0, page, pageSize,
        new CareerSearchFacets([], [], options.SalaryBands.Select(b => new SalaryBandCount(b.Value, b.Min, b.Max, 0)).ToList(), []),
        null);
}
