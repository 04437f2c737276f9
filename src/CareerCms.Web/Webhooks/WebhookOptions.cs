namespace CareerCms.Web.Webhooks;

/// <summary>
/// <c>CareerCms:Webhooks</c>: webhooks declared in configuration and the delivery limits Umbraco's
/// <c>Umbraco:CMS:Webhook</c> section (Enabled, MaximumRetries, Period, EnableLoggingCleanup, KeepLogsForDays) has
/// no key for.
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "CareerCms:Webhooks";

    /// <summary>Webhooks to keep in the database as configured (source "configuration"). Default none.</summary>
    public List<ConfiguredWebhook> Definitions { get; set; } = [];

    /// <summary>How long one POST may take. Default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest wait between two attempts: the n-th retry waits <c>Period × 2^(n-1)</c>, at most this. Default 1 hour.
    /// </summary>
    public TimeSpan MaximumBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Deliveries sent per batch (one node, one poll). Default 20.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// Host names or IP addresses a webhook may target although they are not public (e.g. <c>localhost</c> or
    /// <c>127.0.0.1</c> for a frontend running next to the site in development). Default none: only public addresses.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];
}

/// <summary>A webhook declared in configuration.</summary>
public sealed class ConfiguredWebhook
{
    /// <summary>A stable key; default: derived from <see cref="Url"/>.</summary>
    public Guid? Key { get; set; }

    /// <summary>A display name. Default none.</summary>
    public string? Name { get; set; }

    /// <summary>The absolute http(s) URL. Required.</summary>
    public string Url { get; set; } = "";

    /// <summary>Event aliases, e.g. "Umbraco.ContentPublish". Required (at least one).</summary>
    public List<string> Events { get; set; } = [];

    /// <summary>Document type aliases to fire for. Default none = every type.</summary>
    public List<string> ContentTypes { get; set; } = [];

    /// <summary>Extra request headers. Default none.</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>The signing secret. Default none (unsigned).</summary>
    public string? Secret { get; set; }

    /// <summary>Default true.</summary>
    public bool Enabled { get; set; } = true;
}
