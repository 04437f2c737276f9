using CareerCms.Web.DeliveryApi.OpenApi.Models;
using CareerCms.Web.DeliveryApi.OutputCache;
using Microsoft.AspNetCore.Mvc;

namespace CareerCms.Web.DeliveryApi.Endpoints;

/// <summary>
/// The media endpoints answer as Umbraco does: 401 while the media API is disabled (the default) or not public
/// without a key. CareerCms has no media library, so an enabled media API finds nothing.
/// </summary>
public static class DeliveryApiMediaEndpoints
{
    /// <summary>Maps the media endpoints.</summary>
    public static IEndpointRouteBuilder MapDeliveryApiMedia(this IEndpointRouteBuilder app)
    {
        var media = app.MapGroup("/umbraco/delivery/api/v2/media").WithTags("Media").WithGroupName(DeliveryApiOpenApi.DocumentName)
            .CacheOutput(DeliveryApiOutputCache.MediaPolicy);
        media.MapGet("", (HttpContext http, DeliveryApiAccess access, [FromQuery] string? fetch) =>
            access.AuthorizeMedia(http) ?? (string.IsNullOrWhiteSpace(fetch) || !fetch.StartsWith("children:", StringComparison.OrdinalIgnoreCase)
                ? DeliveryApiProblems.BadParameter("Selector option not found", "The attempted 'fetch' option does not exist")
                : TypedResults.Json(new { total = 0, items = Array.Empty<object>() }))).WithName("GetMedia20")
            .Produces<PagedApiMediaWithCropsResponseModel>().ProducesProblem(400).ProducesProblem(401);
        media.MapGet("/item/{id:guid}", (HttpContext http, DeliveryApiAccess access, Guid id) =>
            access.AuthorizeMedia(http) ?? DeliveryApiProblems.NotFound()).WithName("GetMediaItemById20")
            .Produces<ApiMediaWithCropsResponseModel>().ProducesProblem(401).ProducesProblem(404);
        media.MapGet("/item/{**path}", (HttpContext http, DeliveryApiAccess access, string? path) =>
            access.AuthorizeMedia(http) ?? DeliveryApiProblems.NotFound()).WithName("GetMediaItemByPath20")
            .Produces<ApiMediaWithCropsResponseModel>().ProducesProblem(401).ProducesProblem(404);
        media.MapGet("/items", (HttpContext http, DeliveryApiAccess access, [FromQuery] string[]? id) =>
            access.AuthorizeMedia(http) ?? TypedResults.Json(Array.Empty<object>())).WithName("GetMediaItems20")
            .Produces<ApiMediaWithCropsResponseModel[]>().ProducesProblem(401);
        return app;
    }
}
