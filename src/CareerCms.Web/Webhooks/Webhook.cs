namespace CareerCms.Web.Webhooks;

/// <summary>Where a webhook definition comes from.</summary>
public enum WebhookSource
{
    /// <summary>Created through the Management API; editable there.</summary>
    Database,

    /// <summary>Declared in <c>CareerCms:Webhooks:Definitions</c>; synchronised at start, read-only through the API.</summary>
    Configuration,
}

/// <summary>A webhook: where to POST, for which events and document types, signed with which secret.</summary>
public sealed record Webhook
{
    /// <summary>The webhook's key.</summary>
    public required Guid Key { get; init; }

    /// <summary>A display name.</summary>
    public string? Name { get; init; }

    /// <summary>The absolute http(s) URL that receives the POSTs.</summary>
    public required string Url { get; init; }

    /// <summary>Event aliases (see <see cref="WebhookEvents"/>).</summary>
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>Document type aliases to fire for; empty = every type.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>Extra request headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The HMAC-SHA256 key for the <c>Umb-Webhook-Signature</c> header; null = unsigned.</summary>
    public string? Secret { get; init; }

    /// <summary>Disabled webhooks get nothing queued.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Where the definition comes from.</summary>
    public WebhookSource Source { get; init; } = WebhookSource.Database;

    /// <summary>Creation time (UTC).</summary>
    public DateTime CreateDate { get; init; }

    /// <summary>Last change (UTC).</summary>
    public DateTime UpdateDate { get; init; }

    /// <summary>True when the webhook wants this event for this document type.</summary>
    public bool Wants(string eventAlias, string contentTypeAlias) =>
        Enabled
        && Events.Contains(eventAlias, StringComparer.Ordinal)
        && (ContentTypes.Count == 0 || ContentTypes.Contains(contentTypeAlias, StringComparer.Ordinal));
}

/// <summary>One queued delivery (a row of the outbox).</summary>
public sealed record WebhookRequest(
    int Id,
    Guid Key,
    Guid WebhookKey,
    string EventAlias,
    Guid EntityKey,
    string RequestBody,
    int RetryCount,
    string Status,
    DateTime NextAttemptDate,
    DateTime CreateDate)
{
    /// <summary>Waiting for its next attempt.</summary>
    public const string Pending = "pending";

    /// <summary>Used up its retries; kept for inspection.</summary>
    public const string Failed = "failed";
}

/// <summary>One delivery attempt as logged.</summary>
public sealed record WebhookLogEntry(
    int Id,
    Guid WebhookKey,
    Guid RequestKey,
    string EventAlias,
    string Url,
    int RetryCount,
    int? StatusCode,
    string RequestHeaders,
    string RequestBody,
    string? ResponseBody,
    bool ExceptionOccured,
    DateTime Date);
