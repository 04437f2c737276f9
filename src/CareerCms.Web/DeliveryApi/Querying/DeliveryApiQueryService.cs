using System.Globalization;
using CareerCms.Search.Indexing;
using CareerCms.Search.Searching;
using CareerCms.Web.DeliveryApi.Indexing;
using CareerCms.Web.DeliveryApi.Routing;
using Lucene.Net.Search;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Web.DeliveryApi.Querying;

/// <summary>
/// Runs a content query the way Umbraco's ApiContentQueryService does: resolve the selector, every filter and every
/// sort through Core's handler collections (the first handler whose CanHandle is true wins), then query
/// DeliveryApiContentIndex with the culture and published clauses and page it.
/// </summary>
public sealed class DeliveryApiQueryService(
    SelectorHandlerCollection selectors,
    FilterHandlerCollection filters,
    SortHandlerCollection sorts,
    IndexRegistryAccessor indexes,
    DeliveryApiIndexDefinition definition,
    DeliveryApiFilterClauses clauses,
    ILogger<DeliveryApiQueryService> logger)
{
    /// <summary>Executes a query for the request.</summary>
    public DeliveryApiQueryResult Execute(
        string? fetch, IEnumerable<string> filterOptions, IEnumerable<string> sortOptions, int skip, int take, DeliveryApiRequestContext request)
    {
        if (indexes.DeliveryApi is not { } index)
        {
            return DeliveryApiQueryResult.Fail(DeliveryApiQueryStatus.IndexUnavailable);
        }

        if (string.IsNullOrWhiteSpace(fetch) && request.StartItem is not null)
        {
            fetch = "descendants:" + request.StartItem.Key.ToString("D");
        }

        SelectorOption? selector = null;
        if (!string.IsNullOrWhiteSpace(fetch))
        {
            var handler = selectors.FirstOrDefault(h => h.CanHandle(fetch));
            if (handler is null)
            {
                return DeliveryApiQueryResult.Fail(DeliveryApiQueryStatus.SelectorOptionNotFound);
            }

            selector = handler.BuildSelectorOption(fetch);
        }

        var filterList = new List<FilterOption>();
        foreach (var option in filterOptions.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var handler = filters.FirstOrDefault(h => h.CanHandle(option));
            if (handler is null)
            {
                return DeliveryApiQueryResult.Fail(DeliveryApiQueryStatus.FilterOptionNotFound);
            }

            filterList.Add(handler.BuildFilterOption(option));
        }

        var sortList = new List<SortOption>();
        foreach (var option in sortOptions.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            var handler = sorts.FirstOrDefault(h => h.CanHandle(option));
            if (handler is null)
            {
                return DeliveryApiQueryResult.Fail(DeliveryApiQueryStatus.SortOptionNotFound);
            }

            sortList.Add(handler.BuildSortOption(option));
        }

        try
        {
            return Run(index, selector, filterList, sortList, skip, take, request);
        }
        catch (DeliveryApiFilterValueException ex)
        {
            return DeliveryApiQueryResult.Fail(DeliveryApiQueryStatus.InvalidFilterValue, ex.Message);
        }
        catch (Exception ex) when (ex is SearchQueryParseException or BooleanQuery.TooManyClausesException)
        {
            // Umbraco answers 500 when a query expands past Lucene's limits (e.g. thousands of OR-ed values).
            return DeliveryApiQueryResult.Fail(DeliveryApiQueryStatus.InvalidFilterValue, "The filters expand to a query too large to run: " + ex.Message);
        }
        catch (IndexUnavailableException ex)
        {
            logger.LogError(ex, "DeliveryApiContentIndex is unavailable");
            return DeliveryApiQueryResult.Fail(DeliveryApiQueryStatus.IndexUnavailable);
        }
    }

    private DeliveryApiQueryResult Run(
        LuceneIndex index, SelectorOption? selector, List<FilterOption> filterList, List<SortOption> sortList, int skip, int take, DeliveryApiRequestContext request)
    {
        var query = index.Searcher.CreateQuery("content");
        if (selector is not null)
        {
            // An empty value list must match nothing; a random key stands in, as Umbraco does.
            string[] values = selector.Values.Length > 0 ? selector.Values : [Guid.NewGuid().ToString("D")];
            query.And().GroupedOr([selector.FieldName], values);
        }

        foreach (var filter in filterList)
        {
            clauses.Apply(query, filter);
        }

        string[] cultures = request.Culture is { Length: > 0 } culture
            ? [culture, DeliveryApiIndexFieldNames.InvariantCulture]
            : [DeliveryApiIndexFieldNames.InvariantCulture];
        query.And().GroupedOr([DeliveryApiIndexFieldNames.Culture], cultures);
        if (!request.Preview)
        {
            query.And().RawField(DeliveryApiIndexFieldNames.Published, "y");
        }

        foreach (var sort in sortList)
        {
            if (definition.GetFieldType(sort.FieldName) is null)
            {
                logger.LogWarning("Sort field {Field} is not declared by any index handler; ignored", sort.FieldName);
                continue;
            }

            if (sort.Direction == Umbraco.Cms.Core.Direction.Ascending)
            {
                query.OrderBy(sort.FieldName);
            }
            else
            {
                query.OrderByDescending(sort.FieldName);
            }
        }

        var results = query.SelectFields(DeliveryApiIndexFieldNames.ItemId).Execute(skip, take);
        var keys = results.Items
            .Select(r => r.Values.TryGetValue(DeliveryApiIndexFieldNames.ItemId, out var v) && Guid.TryParse(v, CultureInfo.InvariantCulture, out var key) ? key : Guid.Empty)
            .Where(k => k != Guid.Empty)
            .ToArray();
        return new DeliveryApiQueryResult(DeliveryApiQueryStatus.Success, results.TotalItemCount, keys);
    }
}
