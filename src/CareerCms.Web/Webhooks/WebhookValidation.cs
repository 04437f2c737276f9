namespace CareerCms.Web.Webhooks;

/// <summary>The rules a webhook definition must meet, wherever it comes from.</summary>
internal static class WebhookValidation
{
    /// <summary>The first broken rule, or null.</summary>
    public static (WebhookOperationStatus Status, string Detail)? Check(string? url, IReadOnlyCollection<string>? events, IReadOnlyCollection<string> allowedHosts)
    {
        if (WebhookTargetPolicy.UrlProblem(url, allowedHosts) is { } urlProblem)
        {
            return (WebhookOperationStatus.InvalidUrl, urlProblem);
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

    /// <summary>The first header that cannot be sent as written, or null.</summary>
    public static (WebhookOperationStatus Status, string Detail)? CheckHeaders(IReadOnlyDictionary<string, string>? headers)
    {
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrEmpty(name) || !name.All(IsTokenChar))
            {
                return (WebhookOperationStatus.InvalidHeaders, $"'{new string(name.Where(c => !char.IsControl(c)).ToArray())}' is not a valid header name.");
            }

            if (value is null || value.Any(c => char.IsControl(c) && c != '\t'))
            {
                return (WebhookOperationStatus.InvalidHeaders, $"The value of header '{name}' holds control characters (such as CR or LF).");
            }
        }

        return null;
    }

    // RFC 9110 token characters.
    private static bool IsTokenChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
        or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
