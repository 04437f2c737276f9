using CareerCms.Search.Analysis;
using CareerCms.Search.Fields;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareerCms.Search.Searching;

/// <summary>
/// Lucene's classic multi-field parser made type-aware: numeric and date fields get numeric term and range queries,
/// and wildcard/prefix/fuzzy terms are lowercased only for analyzed fields (raw fields keep their case).
/// Not thread-safe: create one per query.
/// </summary>
internal sealed class FieldTypeQueryParser : MultiFieldQueryParser
{
    private readonly FieldTypeResolver _fieldTypes;
    private readonly FieldQueryFactory _queries;

    public FieldTypeQueryParser(string[] defaultFields, FieldTypeAnalyzer analyzer, FieldQueryFactory queries)
        : base(LuceneVersion.LUCENE_48, defaultFields, analyzer)
    {
        _fieldTypes = analyzer.FieldTypes;
        _queries = queries;
        LowercaseExpandedTerms = false;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is not null && _fieldTypes.Resolve(field).IsRange())
        {
            return NumericRange(field, queryText, queryText, true, true);
        }

        return base.GetFieldQuery(field, queryText, quoted);
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field is not null && _fieldTypes.Resolve(field).IsRange())
        {
            return NumericRange(field, OpenBound(part1), OpenBound(part2), startInclusive, endInclusive);
        }

        return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(field, Fold(field, termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(field, Fold(field, termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(field, Fold(field, termStr), minSimilarity);

    private static string? OpenBound(string? part) => part is null or "*" ? null : part;

    private string Fold(string? field, string term) =>
        field is not null && _fieldTypes.Resolve(field).IsAnalyzed() ? term.ToLowerInvariant() : term;

    private Query NumericRange(string field, string? low, string? high, bool startInclusive, bool endInclusive)
    {
        try
        {
            return _queries.Range(field, low, high, startInclusive, endInclusive);
        }
        catch (ArgumentException ex)
        {
            throw new ParseException(ex.Message);
        }
    }
}
