using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;

namespace CareerCms.Web.Webhooks;

/// <summary>What one POST gave.</summary>
internal sealed record WebhookAttempt(int? StatusCode, string? ResponseBody, bool ExceptionOccured, string RequestHeaders)
{
    /// <summary>A 2xx answer.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>
/// POSTs one delivery: the stored JSON body, Umbraco's headers (<c>Umb-Webhook-Event</c>,
/// <c>Umb-Webhook-RetryCount</c>, <c>User-Agent: Umbraco-Cms/{version}</c>), the delivery id
/// (<c>Umb-Webhook-Delivery</c>), the signature (<c>Umb-Webhook-Signature</c>, see <see cref="WebhookSignature"/>) and
/// the webhook's own headers. Network failures, timeouts and refused targets (<see cref="WebhookConnectionGuard"/>)
/// are results, not exceptions. Only the status and a short excerpt of the answer are kept (at most
/// <see cref="MaxExcerpt"/> printable characters of its first bytes), never a readable response body, so a webhook
/// cannot be used to read another server's pages back through the delivery log. Redirects are not followed.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IOptionsMonitor<WebhookOptions> options)
{
    /// <summary>Characters of the answer kept in the delivery log.</summary>
    public const int MaxExcerpt = 100;

    private const int MaxBytesRead = 512;
    private static readonly string UserAgent = $"Umbraco-Cms/{typeof(Constants).Assembly.GetName().Version?.ToString(3)}";

    /// <summary>Sends the delivery.</summary>
    public async Task<WebhookAttempt> SendAsync(Webhook webhook, WebhookRequest request, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(request.RequestBody);
        using var message = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in webhook.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        message.Headers.Add(Constants.WebhookEvents.HeaderNames.EventName, request.EventAlias);
        message.Headers.Add(Constants.WebhookEvents.HeaderNames.RetryCount, request.RetryCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        message.Headers.Add(WebhookSignature.DeliveryHeaderName, request.Key.ToString("D"));
        if (!string.IsNullOrEmpty(webhook.Secret))
        {
            message.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Compute(webhook.Secret, body));
        }

        var headers = string.Join('\n', message.Headers.Concat(message.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.CurrentValue.RequestTimeout);
        try
        {
            var client = clients.CreateClient(Constants.HttpClients.WebhookFiring);
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var excerpt = await ExcerptAsync(response, timeout.Token).ConfigureAwait(false);
            return new WebhookAttempt((int)response.StatusCode, excerpt, false, headers);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The innermost message says why (a refused address, a timeout); the outer ones only that sending failed.
            var reason = ex;
            while (reason.InnerException is { } inner)
            {
                reason = inner;
            }

            return new WebhookAttempt(null, reason.Message, true, headers);
        }
    }

    /// <summary>The first printable characters of the answer (reads at most a few hundred bytes of it).</summary>
    private static async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if ((int)response.StatusCode is >= 300 and < 400)
        {
            return $"Redirect to '{response.Headers.Location}' not followed.";
        }

        var buffer = new byte[MaxBytesRead];
        var read = 0;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false) is var n and > 0)
        {
            read += n;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, read);
        var printable = new string(text.Where(c => !char.IsControl(c) && c != '\uFFFD').Take(MaxExcerpt).ToArray());
        return printable.Length < text.Length ? printable + "…" : printable;
    }
}
