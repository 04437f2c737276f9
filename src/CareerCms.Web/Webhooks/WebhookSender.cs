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
/// the webhook's own headers. Network failures and timeouts are results, not exceptions.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IOptionsMonitor<WebhookOptions> options)
{
    private const int MaxLoggedResponse = 4000;
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
            using var response = await client.SendAsync(message, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return new WebhookAttempt((int)response.StatusCode, text.Length > MaxLoggedResponse ? text[..MaxLoggedResponse] : text, false, headers);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttempt(null, ex.Message, true, headers);
        }
    }
}
