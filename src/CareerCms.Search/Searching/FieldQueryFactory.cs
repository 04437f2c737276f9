using CareerCms.Search.Analysis;
using CareerCms.Search.Fields;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareerCms.Search.Searching;

/// <summary>Builds single-field queries the way each field kind was indexed.</summary>
internal sealed class FieldQueryFactory(FieldTypeAnalyzer analyzer)
{
    /// <summary>A query that matches no document.</summary>
    public static Query MatchNothing() => new BooleanQuery();

    /// <summary>
    /// Text analyzed with the field's analyzer (one term, or a phrase for several); an exact term for raw fields;
    /// an exact numeric match for numeric and date fields (no match if the text is not a number or date). Null when
    /// analysis leaves nothing, for example only stop words.
    /// </summary>
    public Query? Match(string field, string value)
    {
        var kind = analyzer.FieldTypes.Resolve(field);
        if (kind.IsRange())
        {
            return TryRange(field, kind, value, value, true, true) ?? MatchNothing();
        }

        return kind.IsAnalyzed()
            ? new QueryBuilder(analyzer).CreatePhraseQuery(field, value)
            : new TermQuery(new Term(field, value));
    }

    /// <summary>An exact, un-analyzed term.</summary>
    public static Query Exact(string field, string value) => new TermQuery(new Term(field, value));

    /// <summary>A numeric range in the field's own type; null bounds are open.</summary>
    /// <exception cref="ArgumentException">The field is not numeric or date, or a bound does not fit its type.</exception>
    public Query Range(string field, object? min, object? max, bool minInclusive, bool maxInclusive)
    {
        var kind = analyzer.FieldTypes.Resolve(field);
        if (!kind.IsRange())
        {
            throw new ArgumentException(
                $"Field '{field}' is not a numeric or date field; define it as int, long, float, double or datetime to query ranges.");
        }

        return TryRange(field, kind, min, max, minInclusive, maxInclusive)
            ?? throw new ArgumentException($"A bound of the range on '{field}' is not a valid {kind} value.");
    }

    private static Query? TryRange(string field, FieldValueKind kind, object? min, object? max, bool minInclusive, bool maxInclusive)
    {
        switch (kind)
        {
            case FieldValueKind.Int32 when TryBound(min, out int? low, Int32) && TryBound(max, out int? high, Int32):
                return NumericRangeQuery.NewInt32Range(field, low, high, minInclusive, maxInclusive);
            case FieldValueKind.Int64 when TryBound(min, out long? low, Int64) && TryBound(max, out long? high, Int64):
                return NumericRangeQuery.NewInt64Range(field, low, high, minInclusive, maxInclusive);
            case FieldValueKind.Single when TryBound(min, out float? low, Single) && TryBound(max, out float? high, Single):
                return NumericRangeQuery.NewSingleRange(field, low, high, minInclusive, maxInclusive);
            case FieldValueKind.Double when TryBound(min, out double? low, Double) && TryBound(max, out double? high, Double):
                return NumericRangeQuery.NewDoubleRange(field, low, high, minInclusive, maxInclusive);
            case FieldValueKind.DateTime when TryBound(min, out long? low, Ticks) && TryBound(max, out long? high, Ticks):
                return NumericRangeQuery.NewInt64Range(field, low, high, minInclusive, maxInclusive);
            default:
                return null;
        }
    }

    private delegate bool Converter<T>(object value, out T result);

    private static bool TryBound<T>(object? value, out T? bound, Converter<T> convert)
        where T : struct
    {
        bound = null;
        if (value is null)
        {
            return true;
        }

        if (!convert(value, out var converted))
        {
            return false;
        }

        bound = converted;
        return true;
    }

    private static bool Int32(object value, out int result) => FieldValueConverter.TryToInt32(value, out result);

    private static bool Int64(object value, out long result) => FieldValueConverter.TryToInt64(value, out result);

    private static bool Single(object value, out float result) => FieldValueConverter.TryToSingle(value, out result);

    private static bool Double(object value, out double result) => FieldValueConverter.TryToDouble(value, out result);

    private static bool Ticks(object value, out long result) => FieldValueConverter.TryToDateTicks(value, out result);
}
