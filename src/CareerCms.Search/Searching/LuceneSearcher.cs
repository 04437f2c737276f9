using System.Globalization;
using CareerCms.Search.Fields;
using CareerCms.Search.Indexing;
using CareerCms.Search.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerCms.Search.Searching;

/// <summary>Searches one <see cref="LuceneIndex"/>; thread-safe, each search uses the latest refreshed searcher.</summary>
public sealed class LuceneSearcher
{
    internal LuceneSearcher(LuceneIndex index, string name)
    {
        Index = index;
        Name = name;
    }

    /// <summary>The searcher name: the index name without its "Index"/"Indexer" suffix, plus "Searcher".</summary>
    public string Name { get; }

    internal LuceneIndex Index { get; }

    /// <summary>Starts a query, optionally limited to one category (<c>__IndexType</c>).</summary>
    /// <param name="category">Only documents of this category, or all when null.</param>
    /// <param name="defaultOperation">How clauses join when no operation is given before them. Default: and.</param>
    public SearchQuery CreateQuery(string? category = null, BooleanOperation defaultOperation = BooleanOperation.And) =>
        new(this, category, defaultOperation);

    /// <summary>Runs a Lucene-syntax query (as the backoffice search box does) and returns one page.</summary>
    /// <exception cref="SearchQueryParseException">The query text is invalid.</exception>
    public SearchResults Search(string nativeQuery, int skip, int take) =>
        CreateQuery().NativeQuery(nativeQuery).Execute(skip, take);

    internal static string NameFor(string indexName)
    {
        foreach (var suffix in (string[])["Indexer", "Index"])
        {
            if (indexName.Length > suffix.Length && indexName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return indexName[..^suffix.Length] + "Searcher";
            }
        }

        return indexName + "Searcher";
    }

    /// <summary>The fields unqualified native-query terms search: every indexed non-reserved, non-numeric field.</summary>
    internal string[] DefaultSearchFields()
    {
        using var lease = Index.AcquireSearcher();
        var indexed = MultiFields.GetMergedFieldInfos(lease.Searcher.IndexReader)
            .Where(info => info.IsIndexed)
            .Select(info => info.Name);
        return indexed
            .Concat(Index.FieldDefinitions.Select(definition => definition.Name))
            .Where(name => !name.StartsWith(IndexFieldNames.ReservedPrefix, StringComparison.Ordinal))
            .Where(name => !Index.FieldTypes.Resolve(name).IsRange())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    internal SearchResults Execute(Query query, Sort? sort, ISet<string>? fields, int skip, int take)
    {
        using var lease = Index.AcquireSearcher();
        var searcher = lease.Searcher;
        if (take == 0)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(query, counter);
            return new SearchResults(counter.TotalHits, []);
        }

        // Collect exactly skip + take (no hidden cap), bounded by the number of documents there are.
        var wanted = (int)Math.Clamp((long)skip + take, 1, Math.Max(1, searcher.IndexReader.MaxDoc));
        var top = sort is null
            ? searcher.Search(query, wanted)
            : searcher.Search(query, null, wanted, sort, doDocScores: true, doMaxScore: false);

        var page = top.ScoreDocs
            .Skip(skip)
            .Take(take)
            .Select(hit => ToResult(fields is null ? searcher.Doc(hit.Doc) : searcher.Doc(hit.Doc, fields), hit.Score))
            .ToList();
        return new SearchResults(top.TotalHits, page);
    }

    private static SearchResult ToResult(Document document, float score)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var field in document.Fields)
        {
            var text = StoredText(field);
            if (text is null)
            {
                continue;
            }

            if (!values.TryGetValue(field.Name, out var list))
            {
                values[field.Name] = list = [];
            }

            list.Add(text);
        }

        var id = values.TryGetValue(IndexFieldNames.NodeId, out var ids) ? ids[0] : string.Empty;
        return new SearchResult(
            id,
            score,
            values.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal));
    }

    private static string? StoredText(IIndexableField field) => field.NumericType switch
    {
        NumericFieldType.INT32 => field.GetInt32Value()?.ToString(CultureInfo.InvariantCulture),
        NumericFieldType.INT64 => field.GetInt64Value()?.ToString(CultureInfo.InvariantCulture),
        NumericFieldType.SINGLE => field.GetSingleValue()?.ToString(CultureInfo.InvariantCulture),
        NumericFieldType.DOUBLE => field.GetDoubleValue()?.ToString(CultureInfo.InvariantCulture),
        _ => field.GetStringValue(),
    };
}
