using CareerCms.Search.Model;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace CareerCms.Search.Searching;

public sealed partial class SearchQuery
{
    /// <summary>
    /// Adds a query in Lucene syntax (<c>nodeName:mlops AND salary:[100000 TO *]</c>), parsed with each field's
    /// analyzer; numeric and date fields take numeric values and ranges; unqualified terms search every
    /// non-reserved text field.
    /// </summary>
    /// <exception cref="SearchQueryParseException">The text is not valid syntax or a value does not fit its field.</exception>
    public SearchQuery NativeQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parser = new FieldTypeQueryParser(_searcher.DefaultSearchFields(), _searcher.Index.Analyzer, _queries);
        try
        {
            return Add(parser.Parse(query));
        }
        catch (ParseException ex)
        {
            throw new SearchQueryParseException(query, ex.Message, ex);
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new SearchQueryParseException(query, "it expands to too many clauses", ex);
        }
    }

    /// <summary>Sorts ascending by these fields (after any earlier sort keys).</summary>
    /// <exception cref="ArgumentException">A field is not sortable (only fulltextsortable, raw, numeric and date fields are).</exception>
    public SearchQuery OrderBy(params IEnumerable<string> fields) => AddSorts(fields, descending: false);

    /// <summary>Sorts descending by these fields (after any earlier sort keys).</summary>
    /// <exception cref="ArgumentException">A field is not sortable.</exception>
    public SearchQuery OrderByDescending(params IEnumerable<string> fields) => AddSorts(fields, descending: true);

    /// <summary>Loads only these stored fields into results (the id is always loaded).</summary>
    public SearchQuery SelectFields(params IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _selectedFields ??= new HashSet<string>(StringComparer.Ordinal) { IndexFieldNames.NodeId };
        _selectedFields.UnionWith(fields);
        return this;
    }

    /// <summary>
    /// Runs the query and returns the page <paramref name="skip"/>..<paramref name="skip"/>+<paramref name="take"/>
    /// with the true total. There is no hidden cap: any page can be reached.
    /// </summary>
    /// <exception cref="Indexing.IndexUnavailableException">The index cannot be read.</exception>
    /// <exception cref="SearchQueryParseException">The query expands past Lucene's clause limit.</exception>
    public SearchResults Execute(int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        if (_isGroup)
        {
            throw new InvalidOperationException("Execute the outer query, not a group.");
        }

        var query = BuildQuery();
        try
        {
            return _searcher.Execute(query, _sorts.Count == 0 ? null : new Sort([.. _sorts]), _selectedFields, skip, take);
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new SearchQueryParseException(query.ToString(), "it expands to too many clauses", ex);
        }
    }

    private SearchQuery AddSorts(IEnumerable<string> fields, bool descending)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (_isGroup)
        {
            throw new InvalidOperationException("Sort the outer query, not a group.");
        }

        _sorts.AddRange(fields.Select(field => SortFieldFactory.Create(_searcher.Index.FieldTypes, field, descending)));
        return this;
    }
}
