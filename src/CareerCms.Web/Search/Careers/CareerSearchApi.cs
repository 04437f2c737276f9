using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// The public career search endpoints: <c>GET /api/careers/search</c> and <c>GET /api/careers/suggest</c>,
/// rate-limited by <see cref="CareerSearchOptions.RateLimitPolicy"/>. Bad parameters are a 400 ValidationProblem;
/// nothing a visitor types in <c>q</c> can cause a 500 (it is never parsed as Lucene syntax).
/// </summary>
public static class CareerSearchApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCareerSearchApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/careers").RequireRateLimiting(CareerSearchOptions.RateLimitPolicy).WithTags("Career search");
        group.MapGet("/search", SearchAsync).WithName("SearchCareers");
        group.MapGet("/suggest", SuggestAsync).WithName("SuggestCareers");
        return endpoints;
    }

    /// <summary>Reads the query string into a request; parameter errors are collected, not thrown.</summary>
    public static (CareerSearchRequest Request, Dictionary<string, string[]> Errors) ReadRequest(IQueryCollection query, CareerSearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int? Number(string name)
        {
            var text = query[name].ToString();
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors[name] = [$"'{name}' must be a whole number."];
            return null;
        }

        static string[] Values(IQueryCollection query, string name) =>
            query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToArray();

        var request = new CareerSearchRequest
        {
            Query = query["q"].ToString(),
            Industries = Values(query, "industry"),
            ExperienceLevels = Values(query, "experienceLevel"),
            Difficulties = Values(query, "difficulty"),
            SalaryMin = Number("salaryMin"),
            SalaryMax = Number("salaryMax"),
            Page = Number("page") ?? 1,
            PageSize = Number("pageSize"),
        };
        foreach (var (key, value) in CareerSearchService.Validate(request, options))
        {
            errors.TryAdd(key, value);
        }

        return (request, errors);
    }

    private static async Task<Results<Ok<CareerSearchResponse>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        HttpContext context, CareerSearchService search, IOptionsMonitor<CareerSearchOptions> options)
    {
        var (request, errors) = ReadRequest(context.Request.Query, options.CurrentValue);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid search parameters");
        }

        var result = await search.SearchAsync(request).ConfigureAwait(false);
        return result.Status switch
        {
            CareerSearchStatus.Success => TypedResults.Ok(result.Response!),
            CareerSearchStatus.InvalidParameters => TypedResults.ValidationProblem(result.Errors!, title: "Invalid search parameters"),
            _ => Unavailable(),
        };
    }

    private static async Task<Results<Ok<CareerSuggestResponse>, ValidationProblem, ProblemHttpResult>> SuggestAsync(
        string? q, CareerSearchService search, IOptionsMonitor<CareerSearchOptions> options)
    {
        if (q?.Length > options.CurrentValue.MaxQueryLength)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["q"] = [$"The query is longer than {options.CurrentValue.MaxQueryLength} characters."] },
                title: "Invalid search parameters");
        }

        var suggestions = await search.SuggestAsync(q).ConfigureAwait(false);
        return suggestions is null ? Unavailable() : TypedResults.Ok(new CareerSuggestResponse(q ?? string.Empty, suggestions));
    }

    private static ProblemHttpResult Unavailable() => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Search unavailable",
        Detail = "The search index cannot be read right now.",
    });
}

/// <summary>Completions for what was typed.</summary>
/// <param name="Query">The text completed.</param>
/// <param name="Suggestions">Matching titles, best first.</param>
public sealed record CareerSuggestResponse(string Query, IReadOnlyList<CareerSuggestion> Suggestions);
