namespace CareerCms.Web.Webhooks;

/// <summary>The rules a webhook definition must meet, wherever it comes from.</summary>
internal static class WebhookValidation
{
    /// <summary>The first broken rule, or null.</summary>
    public static (WebhookOperationStatus Status, string Detail)? Check(string? url, IReadOnlyCollection<string>? events)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return (WebhookOperationStatus.InvalidUrl, $"'{url}' is not an absolute http or https URL.");
        }

        if (events is null || events.Count == 0)
        {
            return (WebhookOperationStatus.InvalidEvents, "A webhook needs at least one event.");
        }

        var unknown = events.Where(e => !WebhookEvents.IsSupported(e)).ToArray();
        return unknown.Length > 0
            ? (WebhookOperationStatus.InvalidEvents, $"Unknown event(s): {string.Join(", ", unknown)}. Supported: {string.Join(", ", WebhookEvents.All)}.")
            : null;
    }
}
