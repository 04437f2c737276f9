using CareerCms.Search.Model;
using Lucene.Net.Search;

namespace CareerCms.Search.Searching;

/// <summary>
/// A fluent query over one index, in Examine's style. Each clause joins with the operation set just before it by
/// <see cref="And()"/>, <see cref="Or()"/> or <see cref="Not()"/>, otherwise with the query's default operation.
/// Like Examine, <c>Field(a).Or().Field(b)</c> makes <c>a</c> required and <c>b</c> optional; use
/// <see cref="GroupedOr"/> or <see cref="Or(Func{SearchQuery, SearchQuery}, BooleanOperation)"/> for "a or b".
/// Not thread-safe; build and execute on one thread.
/// </summary>
public sealed partial class SearchQuery
{
    private readonly LuceneSearcher _searcher;
    private readonly FieldQueryFactory _queries;
    private readonly Occur _defaultOccur;
    private readonly bool _isGroup;
    private readonly List<BooleanClause> _clauses = [];
    private readonly List<SortField> _sorts = [];
    private HashSet<string>? _selectedFields;
    private Occur? _nextOccur;

    internal SearchQuery(LuceneSearcher searcher, string? category, BooleanOperation defaultOperation, bool isGroup = false)
    {
        _searcher = searcher;
        _queries = new FieldQueryFactory(searcher.Index.Analyzer);
        _defaultOccur = ToOccur(defaultOperation);
        _isGroup = isGroup;
        if (!string.IsNullOrWhiteSpace(category))
        {
            _clauses.Add(new BooleanClause(
                _queries.Match(IndexFieldNames.IndexType, category) ?? FieldQueryFactory.MatchNothing(),
                Occur.MUST));
        }
    }

    /// <summary>The next clause must match.</summary>
    public SearchQuery And() => SetNext(Occur.MUST);

    /// <summary>The next clause should match.</summary>
    public SearchQuery Or() => SetNext(Occur.SHOULD);

    /// <summary>The next clause must not match.</summary>
    public SearchQuery Not() => SetNext(Occur.MUST_NOT);

    /// <summary>Adds a required group built by <paramref name="group"/>, whose clauses join with <paramref name="defaultOperation"/>.</summary>
    public SearchQuery And(Func<SearchQuery, SearchQuery> group, BooleanOperation defaultOperation = BooleanOperation.And) =>
        AddGroup(Occur.MUST, group, defaultOperation);

    /// <summary>Adds an optional group built by <paramref name="group"/>, whose clauses join with <paramref name="defaultOperation"/>.</summary>
    public SearchQuery Or(Func<SearchQuery, SearchQuery> group, BooleanOperation defaultOperation = BooleanOperation.And) =>
        AddGroup(Occur.SHOULD, group, defaultOperation);

    /// <summary>Adds an excluded group built by <paramref name="group"/>, whose clauses join with <paramref name="defaultOperation"/>.</summary>
    public SearchQuery AndNot(Func<SearchQuery, SearchQuery> group, BooleanOperation defaultOperation = BooleanOperation.And) =>
        AddGroup(Occur.MUST_NOT, group, defaultOperation);

    /// <summary>
    /// Matches <paramref name="value"/> the way <paramref name="field"/> is indexed: analyzed text (a term, or a
    /// phrase for several words), an exact term for raw fields, an exact number or date for numeric and date fields.
    /// </summary>
    public SearchQuery Field(string field, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(value);
        return Add(_queries.Match(field, value));
    }

    /// <summary>Matches one exact number or date in a numeric or date field.</summary>
    /// <exception cref="ArgumentException">The field is not numeric or date, or the value does not fit it.</exception>
    public SearchQuery Field<T>(string field, T value)
        where T : struct =>
        Add(_queries.Range(field, value, value, true, true));

    /// <summary>Matches an exact, un-analyzed term (for raw fields, ids and keys).</summary>
    public SearchQuery RawField(string field, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(value);
        return Add(FieldQueryFactory.Exact(field, value));
    }

    /// <summary>
    /// Matches terms containing <paramref name="text"/> anywhere (<c>*text*</c>), on the terms as indexed: pass
    /// lower-case text for analyzed fields. Scored as a constant, so it never hits the clause limit.
    /// </summary>
    public SearchQuery Contains(string field, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentNullException.ThrowIfNull(text);
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("?", "\\?", StringComparison.Ordinal);
        return Add(new WildcardQuery(new Lucene.Net.Index.Term(field, "*" + escaped + "*"))
        {
            MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT,
        });
    }

    /// <summary>Matches the document with this value set id.</summary>
    public SearchQuery Id(string id) => RawField(IndexFieldNames.NodeId, id);

    /// <summary>Matches every document (combine with <see cref="Not()"/> clauses or sorting).</summary>
    public SearchQuery All() => Add(new MatchAllDocsQuery());

    /// <summary>One group where any field matching any value is enough.</summary>
    public SearchQuery GroupedOr(IEnumerable<string> fields, params IEnumerable<string> values)
    {
        var group = new BooleanQuery();
        foreach (var (field, value) in Combinations(fields, values, pairwise: false))
        {
            AddTo(group, _queries.Match(field, value), Occur.SHOULD);
        }

        return Add(group.Clauses.Count == 0 ? null : group);
    }

    /// <summary>
    /// One group where every field must match: field[i] with value[i] when the counts are equal, otherwise every
    /// field with every value.
    /// </summary>
    public SearchQuery GroupedAnd(IEnumerable<string> fields, params IEnumerable<string> values)
    {
        var group = new BooleanQuery();
        foreach (var (field, value) in Combinations(fields, values, pairwise: true))
        {
            AddTo(group, _queries.Match(field, value), Occur.MUST);
        }

        return Add(group.Clauses.Count == 0 ? null : group);
    }

    /// <summary>Excludes documents where any field matches any value (each pair becomes a top-level must-not).</summary>
    public SearchQuery GroupedNot(IEnumerable<string> fields, params IEnumerable<string> values)
    {
        foreach (var (field, value) in Combinations(fields, values, pairwise: false))
        {
            AddTo(this, _queries.Match(field, value), Occur.MUST_NOT);
        }

        _nextOccur = null;
        return this;
    }

    /// <summary>
    /// A numeric or date range on one or more fields (any field in range matches). Null bounds are open.
    /// </summary>
    /// <exception cref="ArgumentException">A field is not numeric or date, or a bound does not fit its type.</exception>
    public SearchQuery RangeQuery<T>(IEnumerable<string> fields, T? min, T? max, bool minInclusive = true, bool maxInclusive = true)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(fields);
        var ranges = fields.Select(field => _queries.Range(field, min, max, minInclusive, maxInclusive)).ToList();
        if (ranges.Count == 1)
        {
            return Add(ranges[0]);
        }

        var group = new BooleanQuery();
        ranges.ForEach(range => group.Add(range, Occur.SHOULD));
        return Add(group);
    }

    /// <inheritdoc />
    public override string ToString() => BuildQuery().ToString();

    private static Occur ToOccur(BooleanOperation operation) => operation switch
    {
        BooleanOperation.Or => Occur.SHOULD,
        BooleanOperation.Not => Occur.MUST_NOT,
        _ => Occur.MUST,
    };

    private static IEnumerable<(string Field, string Value)> Combinations(IEnumerable<string> fields, IEnumerable<string> values, bool pairwise)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(values);
        var fieldList = fields.ToList();
        var valueList = values.ToList();
        if (pairwise && fieldList.Count == valueList.Count)
        {
            return fieldList.Zip(valueList);
        }

        return fieldList.SelectMany(field => valueList.Select(value => (field, value)));
    }

    private static void AddTo(BooleanQuery group, Query? query, Occur occur)
    {
        if (query is not null)
        {
            group.Add(query, occur);
        }
    }

    private static void AddTo(SearchQuery target, Query? query, Occur occur)
    {
        if (query is not null)
        {
            target._clauses.Add(new BooleanClause(query, occur));
        }
    }

    private SearchQuery SetNext(Occur occur)
    {
        _nextOccur = occur;
        return this;
    }

    private SearchQuery AddGroup(Occur occur, Func<SearchQuery, SearchQuery> build, BooleanOperation defaultOperation)
    {
        ArgumentNullException.ThrowIfNull(build);
        var group = build(new SearchQuery(_searcher, null, defaultOperation, isGroup: true));
        _nextOccur = occur;
        return Add(group._clauses.Count == 0 ? null : group.BuildQuery());
    }

    /// <summary>
    /// Adds a clause with the pending operation. A clause that analyzes to nothing (only stop words) matches
    /// nothing when required and is dropped otherwise.
    /// </summary>
    private SearchQuery Add(Query? query)
    {
        var occur = _nextOccur ?? _defaultOccur;
        _nextOccur = null;
        if (query is null && occur == Occur.MUST)
        {
            query = FieldQueryFactory.MatchNothing();
        }

        AddTo(this, query, occur);
        return this;
    }

    private Query BuildQuery()
    {
        var query = new BooleanQuery();
        foreach (var clause in _clauses)
        {
            query.Add(clause);
        }

        // Lucene matches nothing for purely negative queries; negation means "everything except".
        if (_clauses.Count > 0 && _clauses.All(clause => clause.Occur == Occur.MUST_NOT))
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }
}
