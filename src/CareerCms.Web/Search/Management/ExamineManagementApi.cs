using CareerCms.Search.Indexing;
using CareerCms.Search.Rebuilding;
using CareerCms.Search.Registration;
using CareerCms.Search.Searching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CareerCms.Web.Search.Management;

/// <summary>
/// The Examine Management endpoints of Umbraco's Management API (<c>/umbraco/management/api/v1/...</c>), on this
/// runtime's indexes: list and inspect indexes, rebuild one and follow its progress, list searchers and run a
/// Lucene-syntax query. JSON in Umbraco's shapes. Authorization is attached by the caller's route group.
/// </summary>
public static class ExamineManagementApi
{
    private const int DefaultTake = 100;

    /// <summary>Maps the endpoints under <paramref name="group"/> (e.g. <c>/umbraco/management/api/v1</c>).</summary>
    public static RouteGroupBuilder MapExamineManagementApi(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("indexer", ListIndexers).WithName("GetIndexers");
        group.MapGet("indexer/{indexName}", GetIndexer).WithName("GetIndexer");
        group.MapPost("indexer/{indexName}/rebuild", Rebuild).WithName("PostIndexerRebuild");
        group.MapGet("indexer/{indexName}/rebuild-progress", RebuildProgress).WithName("GetIndexerRebuildProgress");
        group.MapGet("searcher", ListSearchers).WithName("GetSearchers");
        group.MapGet("searcher/{searcherName}/query", Query).WithName("GetSearcherQuery");
        return group;
    }

    private static Results<Ok<PagedViewModel<IndexResponseModel>>, ProblemHttpResult> ListIndexers(
        IndexRegistry registry, IndexDiagnostics diagnostics, int? skip, int? take)
    {
        if (PagingProblem(skip, take) is { } problem)
        {
            return problem;
        }

        var all = registry.Indexes;
        var page = all.Skip(skip ?? 0).Take(take ?? DefaultTake).Select(diagnostics.Describe).ToList();
        return TypedResults.Ok(new PagedViewModel<IndexResponseModel>(all.Count, page));
    }

    private static Results<Ok<IndexResponseModel>, ProblemHttpResult> GetIndexer(string indexName, IndexRegistry registry, IndexDiagnostics diagnostics) =>
        registry.TryGetIndex(indexName, out var index)
            ? TypedResults.Ok(diagnostics.Describe(index))
            : NotFound("Index not found", $"No index is named '{indexName}'.");

    private static Results<Ok, ProblemHttpResult> Rebuild(string indexName, IndexRegistry registry, IndexRebuilder rebuilder, ILoggerFactory loggers)
    {
        if (!registry.TryGetIndex(indexName, out var index))
        {
            return Problem(StatusCodes.Status400BadRequest, "Index not found", $"No index is named '{indexName}'.");
        }

        if (!rebuilder.CanRebuild(index.Name))
        {
            return Problem(StatusCodes.Status400BadRequest, "Index cannot be rebuilt", $"No populator fills '{index.Name}'.");
        }

        // The part of RebuildAsync before its first await claims the index, so "already rebuilding" is known here.
        var rebuild = rebuilder.RebuildAsync(index.Name);
        if (rebuild.IsCompleted && rebuild.Result.Status == IndexRebuildStatus.AlreadyRebuilding)
        {
            return Problem(StatusCodes.Status409Conflict, "Index is already rebuilding", $"A rebuild of '{index.Name}' is running.");
        }

        var logger = loggers.CreateLogger(typeof(ExamineManagementApi));
        _ = rebuild.ContinueWith(
            task => logger.LogInformation("Rebuild of {IndexName} requested from the dashboard ended: {Status} {Message}", index.Name, task.Result.Status, task.Result.Message),
            CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        return TypedResults.Ok();
    }

    private static Results<Ok<IndexRebuildProgressResponseModel>, ProblemHttpResult> RebuildProgress(string indexName, IndexRegistry registry, IndexRebuilder rebuilder)
    {
        if (!registry.TryGetIndex(indexName, out var index))
        {
            return NotFound("Index not found", $"No index is named '{indexName}'.");
        }

        if (rebuilder.GetProgress(index.Name) is { } progress)
        {
            return TypedResults.Ok(new IndexRebuildProgressResponseModel(index.Name, true, progress.Done, progress.Total));
        }

        long count = 0;
        try
        {
            count = index.GetDocumentCount();
        }
        catch (IndexUnavailableException)
        {
            // Reported as zero; the index's health says why.
        }

        return TypedResults.Ok(new IndexRebuildProgressResponseModel(index.Name, false, count, count));
    }

    private static Results<Ok<PagedViewModel<SearcherResponse>>, ProblemHttpResult> ListSearchers(IndexRegistry registry, int? skip, int? take)
    {
        if (PagingProblem(skip, take) is { } problem)
        {
            return problem;
        }

        var all = registry.Searchers;
        return TypedResults.Ok(new PagedViewModel<SearcherResponse>(
            all.Count, all.Skip(skip ?? 0).Take(take ?? DefaultTake).Select(s => new SearcherResponse(s.Name)).ToList()));
    }

    private static Results<Ok<PagedViewModel<SearchResultResponseModel>>, ProblemHttpResult> Query(
        string searcherName, IndexRegistry registry, string? term, int? skip, int? take)
    {
        if (!registry.TryGetSearcher(searcherName, out var searcher))
        {
            return NotFound("Searcher not found", $"No searcher is named '{searcherName}'.");
        }

        if (PagingProblem(skip, take) is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(term))
        {
            return TypedResults.Ok(new PagedViewModel<SearchResultResponseModel>(0, []));
        }

        try
        {
            var results = searcher.Search(term, skip ?? 0, take ?? DefaultTake);
            return TypedResults.Ok(new PagedViewModel<SearchResultResponseModel>(
                results.TotalItemCount,
                results.Items.Select(hit => new SearchResultResponseModel(
                    hit.Id,
                    hit.Score,
                    hit.AllValues.Count,
                    hit.AllValues.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new FieldPresentationModel(f.Key, f.Value)).ToList())).ToList()));
        }
        catch (ArgumentException ex)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid query", ex.Message);
        }
        catch (IndexUnavailableException ex)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "Index unavailable", ex.Message);
        }
    }

    private static ProblemHttpResult? PagingProblem(int? skip, int? take) =>
        skip < 0 || take < 0 ? Problem(StatusCodes.Status400BadRequest, "Invalid paging", "skip and take must not be negative.") : null;

    private static ProblemHttpResult NotFound(string title, string detail) => Problem(StatusCodes.Status404NotFound, title, detail);

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
