using System.Text.Json.Nodes;
using CareerCms.Web.Content.Published;
using CareerCms.Web.DeliveryApi.OpenApi.Models;
using CareerCms.Web.DeliveryApi.Output;
using CareerCms.Web.DeliveryApi.Output.Expansion;
using CareerCms.Web.DeliveryApi.OutputCache;
using CareerCms.Web.DeliveryApi.Querying;
using CareerCms.Web.DeliveryApi.Routing;
using Microsoft.AspNetCore.Mvc;

namespace CareerCms.Web.DeliveryApi.Endpoints;

/// <summary>The Content Delivery API v2 content endpoints, wire-compatible with Umbraco 17.</summary>
public static class DeliveryApiEndpoints
{
    /// <summary>The route prefix Umbraco uses.</summary>
    public const string ContentRoute = "/umbraco/delivery/api/v2/content";

    /// <summary>Registers the endpoint services.</summary>
    public static IServiceCollection AddDeliveryApiEndpoints(this IServiceCollection services)
    {
        services.AddSingleton<DeliveryApiAccess>();
        return services;
    }

    /// <summary>Maps content and media endpoints.</summary>
    public static IEndpointRouteBuilder MapDeliveryApi(this IEndpointRouteBuilder app)
    {
        var content = app.MapGroup(ContentRoute).WithTags("Content").WithGroupName(DeliveryApiOpenApi.DocumentName)
            .CacheOutput(DeliveryApiOutputCache.ContentPolicy).AddEndpointFilter<DeliveryApiOutputCacheTagFilter>();
        content.MapGet("", QueryAsync).WithName("GetContent20")
            .Produces<PagedApiContentResponseModel>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404);
        content.MapGet("/item/{id:guid}", ItemByIdAsync).WithName("GetContentItemById20")
            .Produces<ApiContentResponseModel>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        content.MapGet("/item/{**path}", ItemByPathAsync).WithName("GetContentItemByPath20")
            .Produces<ApiContentResponseModel>().Produces(StatusCodes.Status301MovedPermanently).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        content.MapGet("/items", ItemsAsync).WithName("GetContentItems20")
            .Produces<ApiContentResponseModel[]>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        app.MapDeliveryApiMedia();
        return app;
    }

    private static async Task<IResult> QueryAsync(
        HttpContext http,
        DeliveryApiAccess access,
        DeliveryApiQueryService query,
        DeliveryApiContentRenderer renderer,
        [FromQuery] string? fetch,
        [FromQuery] string[]? filter,
        [FromQuery] string[]? sort,
        [FromQuery] string? skip,
        [FromQuery] string? take,
        [FromQuery] string? expand,
        [FromQuery] string? fields,
        [AsParameters] DeliveryApiHeaders headers)
    {
        var (context, refusal) = await access.AuthorizeAsync(http).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (DeliveryApiPaging.Parse(skip, take, out var skipValue, out var takeValue) is { } pagingProblem)
        {
            return pagingProblem;
        }

        if (CreateRenderRequest(context!, expand, fields, out var render) is { } expansionProblem)
        {
            return expansionProblem;
        }

        var result = query.Execute(fetch, filter ?? [], sort ?? [], skipValue, takeValue, context!);
        if (result.Status != DeliveryApiQueryStatus.Success)
        {
            return DeliveryApiProblems.Query(result);
        }

        var items = result.Keys.Select(context!.GetReturnable).OfType<PublishedDocument>();
        var rendered = renderer.RenderAll(items, render!);
        return TypedResults.Json(new JsonObject
        {
            ["total"] = result.Total,
            ["items"] = new JsonArray([.. rendered]),
        });
    }

    private static async Task<IResult> ItemByIdAsync(
        HttpContext http, DeliveryApiAccess access, DeliveryApiContentRenderer renderer, Guid id,
        [FromQuery] string? expand, [FromQuery] string? fields, [AsParameters] DeliveryApiHeaders headers)
    {
        var (context, refusal) = await access.AuthorizeAsync(http).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        return RenderOne(context!.GetReturnable(id), context, renderer, expand, fields);
    }

    private static async Task<IResult> ItemByPathAsync(
        HttpContext http, DeliveryApiAccess access, DeliveryApiContentRenderer renderer, DeliveryApiPathResolver resolver, DeliveryApiRedirects redirects,
        string? path, [FromQuery] string? expand, [FromQuery] string? fields, [AsParameters] DeliveryApiHeaders headers)
    {
        var (context, refusal) = await access.AuthorizeAsync(http).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var found = resolver.Resolve(path, context!.Source, context.StartItem);
        if (found is not null && context.IsReturnable(found))
        {
            return RenderOne(found, context, renderer, expand, fields);
        }

        // As Umbraco: a path nothing answers at may be an old route of a renamed or moved item.
        if (await redirects.FindAsync(path, context, http.RequestAborted).ConfigureAwait(false) is { } moved &&
            renderer.BuildRoute(moved, RenderRequest.Create(context.Source, null, null)) is { } route)
        {
            return DeliveryApiRedirectResult.To(http.Response, route);
        }

        return RenderOne(null, context, renderer, expand, fields);
    }

    private static async Task<IResult> ItemsAsync(
        HttpContext http, DeliveryApiAccess access, DeliveryApiContentRenderer renderer,
        [FromQuery] string[]? id, [FromQuery] string? expand, [FromQuery] string? fields, [AsParameters] DeliveryApiHeaders headers)
    {
        var (context, refusal) = await access.AuthorizeAsync(http).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var keys = new List<Guid>();
        foreach (var value in id ?? [])
        {
            if (!Guid.TryParse(value, out var key))
            {
                return DeliveryApiProblems.Validation("id", $"The value '{value}' is not valid.");
            }

            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        if (CreateRenderRequest(context!, expand, fields, out var render) is { } problem)
        {
            return problem;
        }

        var items = keys.Select(context!.GetReturnable).OfType<PublishedDocument>();
        return TypedResults.Json(new JsonArray([.. renderer.RenderAll(items, render!)]));
    }

    private static IResult RenderOne(PublishedDocument? item, DeliveryApiRequestContext context, DeliveryApiContentRenderer renderer, string? expand, string? fields)
    {
        if (CreateRenderRequest(context, expand, fields, out var render) is { } problem)
        {
            return problem;
        }

        var rendered = item is null ? null : renderer.Render(item, render!);
        return rendered is null ? DeliveryApiProblems.NotFound() : TypedResults.Json(rendered);
    }

    private static IResult? CreateRenderRequest(DeliveryApiRequestContext context, string? expand, string? fields, out RenderRequest? render)
    {
        try
        {
            render = RenderRequest.Create(context.Source, expand, fields) with { IsNeverPublished = context.IsNeverPublished };
            return null;
        }
        catch (OutputExpansionFormatException ex)
        {
            render = null;
            return DeliveryApiProblems.BadParameter("Invalid expand or fields value", ex.Message);
        }
    }
}
