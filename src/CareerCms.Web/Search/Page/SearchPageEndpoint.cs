using CareerCms.Web.Search.Careers;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Search.Page;

/// <summary>
/// <c>GET /search</c>: the server-rendered search page (or, with <c>fragment=results</c>, just its results region
/// for the as-you-type script). Rate-limited like the API. Invalid parameters render the page with the errors and
/// status 400.
/// </summary>
public static class SearchPageEndpoint
{
    /// <summary>Maps the page.</summary>
    public static IEndpointRouteBuilder MapSearchPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/search", RenderAsync).RequireRateLimiting(CareerSearchOptions.RateLimitPolicy).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(HttpContext context, CareerSearchService search, IOptionsMonitor<CareerSearchOptions> options)
    {
        var (request, errors) = CareerSearchApi.ReadRequest(context.Request.Query, options.CurrentValue);
        SearchPageModel model;
        if (errors.Count > 0)
        {
            model = new SearchPageModel(request, null, errors, Unavailable: false);
        }
        else
        {
            var result = await search.SearchAsync(request).ConfigureAwait(false);
            model = new SearchPageModel(request, result.Response, result.Errors ?? new Dictionary<string, string[]>(), result.Status == CareerSearchStatus.IndexUnavailable);
        }

        var fragment = string.Equals(context.Request.Query["fragment"], "results", StringComparison.Ordinal);
        var html = fragment ? SearchPageRenderer.Results(model) : SearchPageRenderer.Page(model, CareerCms.Web.Security.SecurityHeaders.Nonce(context));
        var status = model.Errors.Count > 0 ? StatusCodes.Status400BadRequest : model.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
