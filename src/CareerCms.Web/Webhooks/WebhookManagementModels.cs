namespace CareerCms.Web.Webhooks;

/// <summary>A webhook as the Management API shows it (the secret itself is never returned).</summary>
public sealed record WebhookResponseModel(
    Guid Id,
    string? Name,
    string Url,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> ContentTypes,
    IReadOnlyDictionary<string, string> Headers,
    bool Enabled,
    bool HasSecret,
    string Source,
    DateTime CreateDate,
    DateTime UpdateDate)
{
    /// <summary>From a webhook.</summary>
    public static WebhookResponseModel From(Webhook webhook)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return new(webhook.Key, webhook.Name, webhook.Url, webhook.Events, webhook.ContentTypes, webhook.Headers, webhook.Enabled,
            !string.IsNullOrEmpty(webhook.Secret), webhook.Source == WebhookSource.Configuration ? "configuration" : "database",
            webhook.CreateDate, webhook.UpdateDate);
    }
}

/// <summary>One delivery attempt.</summary>
public sealed record WebhookLogResponseModel(
    Guid WebhookKey,
    Guid DeliveryId,
    string EventAlias,
    string Url,
    int RetryCount,
    int? StatusCode,
    bool IsSuccessStatusCode,
    bool ExceptionOccured,
    string RequestHeaders,
    string RequestBody,
    string? ResponseBody,
    DateTime Date)
{
    /// <summary>From a log entry.</summary>
    public static WebhookLogResponseModel From(WebhookLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.WebhookKey, entry.RequestKey, entry.EventAlias, entry.Url, entry.RetryCount, entry.StatusCode,
            entry.StatusCode is >= 200 and < 300, entry.ExceptionOccured, entry.RequestHeaders, entry.RequestBody, entry.ResponseBody, entry.Date);
    }
}

/// <summary>A queued or given-up delivery.</summary>
public sealed record WebhookDeliveryResponseModel(
    Guid DeliveryId, Guid WebhookKey, string EventAlias, Guid EntityKey, int RetryCount, string Status, DateTime NextAttemptDate, DateTime CreateDate)
{
    /// <summary>From an outbox row.</summary>
    public static WebhookDeliveryResponseModel From(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Key, request.WebhookKey, request.EventAlias, request.EntityKey, request.RetryCount, request.Status,
            request.NextAttemptDate, request.CreateDate);
    }
}

/// <summary>A page of results.</summary>
public sealed record WebhookPagedResponse<T>(long Total, IReadOnlyList<T> Items);
