namespace CareerCms.Web.Webhooks;

/// <summary>
/// The webhook part of the Management API, shaped like Umbraco's (<c>webhook</c>, <c>webhook/{id}</c>,
/// <c>webhook/{id}/logs</c>, <c>webhook/logs</c>, <c>webhook/events</c>) plus <c>webhook/{id}/deliveries</c> for the
/// outbox. The caller mounts it on an authorized group (Umbraco limits webhooks to the Settings section).
/// </summary>
public static class WebhookManagementApi
{
    private const int MaxTake = 500;

    /// <summary>Maps the endpoints under <c>{group}/webhook</c>.</summary>
    public static RouteGroupBuilder MapWebhookManagementApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/webhook").WithTags("Webhook");
        group.MapGet("", ListAsync).Produces<WebhookPagedResponse<WebhookResponseModel>>();
        group.MapGet("/events", () => TypedResults.Ok(WebhookEvents.All)).Produces<IReadOnlyList<string>>();
        group.MapGet("/logs", AllLogsAsync).Produces<WebhookPagedResponse<WebhookLogResponseModel>>();
        group.MapGet("/{id:guid}", GetAsync).Produces<WebhookResponseModel>().ProducesProblem(404);
        group.MapGet("/{id:guid}/logs", LogsAsync).Produces<WebhookPagedResponse<WebhookLogResponseModel>>().ProducesProblem(404);
        group.MapGet("/{id:guid}/deliveries", DeliveriesAsync).Produces<WebhookPagedResponse<WebhookDeliveryResponseModel>>().ProducesProblem(404);
        group.MapPost("", CreateAsync).Produces<WebhookResponseModel>(201).ProducesProblem(400);
        group.MapPut("/{id:guid}", UpdateAsync).Produces<WebhookResponseModel>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        group.MapDelete("/{id:guid}", DeleteAsync).Produces(200).ProducesProblem(404).ProducesProblem(409);
        return api;
    }

    private static async Task<IResult> ListAsync(WebhookService webhooks, CancellationToken ct)
    {
        var all = await webhooks.GetAllAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(new WebhookPagedResponse<WebhookResponseModel>(all.Count, all.Select(WebhookResponseModel.From).ToArray()));
    }

    private static async Task<IResult> GetAsync(Guid id, WebhookService webhooks, CancellationToken ct) =>
        await webhooks.GetAsync(id, ct).ConfigureAwait(false) is { } webhook
            ? TypedResults.Ok(WebhookResponseModel.From(webhook))
            : Problem(new WebhookOperationResult(WebhookOperationStatus.NotFound));

    private static async Task<IResult> AllLogsAsync(WebhookService webhooks, CancellationToken ct, int skip = 0, int take = 100)
    {
        var (items, total) = await webhooks.GetLogsAsync(null, Math.Max(0, skip), Math.Clamp(take, 0, MaxTake), ct).ConfigureAwait(false);
        return TypedResults.Ok(new WebhookPagedResponse<WebhookLogResponseModel>(total, items.Select(WebhookLogResponseModel.From).ToArray()));
    }

    private static async Task<IResult> LogsAsync(Guid id, WebhookService webhooks, CancellationToken ct, int skip = 0, int take = 100)
    {
        if (await webhooks.GetAsync(id, ct).ConfigureAwait(false) is null)
        {
            return Problem(new WebhookOperationResult(WebhookOperationStatus.NotFound));
        }

        var (items, total) = await webhooks.GetLogsAsync(id, Math.Max(0, skip), Math.Clamp(take, 0, MaxTake), ct).ConfigureAwait(false);
        return TypedResults.Ok(new WebhookPagedResponse<WebhookLogResponseModel>(total, items.Select(WebhookLogResponseModel.From).ToArray()));
    }

    private static async Task<IResult> DeliveriesAsync(Guid id, WebhookService webhooks, CancellationToken ct, int skip = 0, int take = 100)
    {
        if (await webhooks.GetAsync(id, ct).ConfigureAwait(false) is null)
        {
            return Problem(new WebhookOperationResult(WebhookOperationStatus.NotFound));
        }

        var items = await webhooks.GetRequestsAsync(id, Math.Max(0, skip), Math.Clamp(take, 0, MaxTake), ct).ConfigureAwait(false);
        return TypedResults.Ok(new WebhookPagedResponse<WebhookDeliveryResponseModel>(items.Count, items.Select(WebhookDeliveryResponseModel.From).ToArray()));
    }

    private static async Task<IResult> CreateAsync(WebhookSaveModel model, WebhookService webhooks, HttpContext http, CancellationToken ct)
    {
        var result = await webhooks.CreateAsync(model, ct).ConfigureAwait(false);
        return result.Status == WebhookOperationStatus.Success
            ? TypedResults.Created($"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')}/{result.Webhook!.Key:D}", WebhookResponseModel.From(result.Webhook))
            : Problem(result);
    }

    private static async Task<IResult> UpdateAsync(Guid id, WebhookSaveModel model, WebhookService webhooks, CancellationToken ct)
    {
        var result = await webhooks.UpdateAsync(id, model, ct).ConfigureAwait(false);
        return result.Status == WebhookOperationStatus.Success ? TypedResults.Ok(WebhookResponseModel.From(result.Webhook!)) : Problem(result);
    }

    private static async Task<IResult> DeleteAsync(Guid id, WebhookService webhooks, CancellationToken ct)
    {
        var result = await webhooks.DeleteAsync(id, ct).ConfigureAwait(false);
        return result.Status == WebhookOperationStatus.Success ? TypedResults.Ok() : Problem(result);
    }

    // The one place that maps an operation status to a ProblemDetails.
    private static IResult Problem(WebhookOperationResult result) => result.Status switch
    {
        WebhookOperationStatus.NotFound => TypedResults.Problem(statusCode: 404, title: "Webhook not found", detail: "No webhook has this id."),
        WebhookOperationStatus.InvalidUrl => TypedResults.Problem(statusCode: 400, title: "Invalid URL", detail: result.Detail),
        WebhookOperationStatus.InvalidEvents => TypedResults.Problem(statusCode: 400, title: "Invalid events", detail: result.Detail),
        WebhookOperationStatus.InvalidHeaders => TypedResults.Problem(statusCode: 400, title: "Invalid headers", detail: result.Detail),
        WebhookOperationStatus.ReadOnly => TypedResults.Problem(
            statusCode: 409, title: "Webhook is configured in appsettings", detail: "Change it under CareerCms:Webhooks:Definitions."),
        _ => TypedResults.Problem(statusCode: 500, title: "Unknown webhook operation status"),
    };
}
