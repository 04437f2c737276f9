using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Webhooks;

/// <summary>
/// The webhook HTTP client's connection step: resolves the host itself, refuses the connection when any resolved
/// address is not public (<see cref="WebhookTargetPolicy"/>), and connects to exactly the address it checked, so a
/// DNS answer that changes between the check and the connection (rebinding) cannot reach an internal address. The
/// handler follows no redirects.
/// </summary>
internal sealed class WebhookConnectionGuard(WebhookHostResolver resolver, IOptionsMonitor<WebhookOptions> options)
{
    /// <summary>The primary handler of the webhook HTTP client.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        ConnectCallback = ConnectAsync,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var allowed = WebhookTargetPolicy.IsAllowedHost(host, options.CurrentValue.AllowedHosts);
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"'{host}' does not resolve.");
        }

        if (!allowed && addresses.Select(WebhookTargetPolicy.AddressProblem).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new HttpRequestException($"Refused to connect to '{host}': {problem}");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>Resolves webhook host names (the system's DNS); tests replace it to play a rebinding DNS server.</summary>
public class WebhookHostResolver
{
    /// <summary>The addresses <paramref name="host"/> resolves to now.</summary>
    public virtual Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}
