using System.Net;
using System.Net.Sockets;

namespace CareerCms.Web.Webhooks;

/// <summary>
/// Where webhooks may be sent (server-side request forgery defence). A target must be an absolute http(s) URL without
/// user-info or control characters, and every address its host resolves to must be public: loopback, private,
/// link-local (cloud metadata at 169.254.169.254 among them), carrier-grade NAT, multicast, documentation and reserved
/// ranges are refused, in IPv4, IPv6 and IPv4-mapped or NAT64 IPv6 form. The check runs when a webhook is saved and
/// again, on the resolved addresses, at every connection (<see cref="WebhookConnectionGuard"/>), so DNS rebinding
/// gains nothing; redirects are not followed. Hosts listed in <c>CareerCms:Webhooks:AllowedHosts</c> (development
/// receivers on localhost, say) skip the address check.
/// </summary>
public static class WebhookTargetPolicy
{
    private static readonly (IPAddress Network, int PrefixLength)[] BlockedRanges =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16),
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24),
        (IPAddress.Parse("192.88.99.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
        (IPAddress.Parse("::"), 128),
        (IPAddress.Parse("::1"), 128),
        (IPAddress.Parse("100::"), 64),
        (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("2002::"), 16),
        (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    private static readonly IPAddress Nat64Prefix = IPAddress.Parse("64:ff9b::");

    /// <summary>Why <paramref name="url"/> may not be a webhook target, or null when it may (as far as its text tells).</summary>
    public static string? UrlProblem(string? url, IReadOnlyCollection<string> allowedHosts)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(char.IsControl) || url.Any(char.IsWhiteSpace))
        {
            return $"'{Printable(url)}' is not a valid URL: it is empty or holds spaces or control characters.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"'{url}' is not an absolute http or https URL.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "A webhook URL may not carry a user name or password; send credentials in a header instead.";
        }

        if (IsAllowedHost(uri.IdnHost, allowedHosts))
        {
            return null;
        }

        if (uri.IsLoopback || uri.IdnHost.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || uri.IdnHost.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{uri.Host}' is this machine; webhooks may only reach public addresses (see CareerCms:Webhooks:AllowedHosts).";
        }

        // Uri has already turned 2130706433, 0x7f000001 and 0177.0.0.1 into dotted form.
        return uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal)
            ? AddressProblem(literal)
            : null;
    }

    /// <summary>Why a connection to <paramref name="address"/> is refused, or null when it is public.</summary>
    public static string? AddressProblem(IPAddress address)
    {
        var effective = Unwrap(address);
        return BlockedRanges.Any(range => InRange(effective, range.Network, range.PrefixLength))
            ? $"{address} is not a public address (loopback, private, link-local, metadata, multicast or reserved); webhooks may only reach public addresses."
            : null;
    }

    /// <summary>True when <paramref name="host"/> is listed (case-insensitive) in <paramref name="allowedHosts"/>.</summary>
    public static bool IsAllowedHost(string host, IReadOnlyCollection<string> allowedHosts) =>
        allowedHosts.Any(allowed => string.Equals(allowed.Trim().Trim('[', ']'), host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase));

    /// <summary>The IPv4 address inside an IPv4-mapped or NAT64 IPv6 address; otherwise the address itself.</summary>
    private static IPAddress Unwrap(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        return InRange(address, Nat64Prefix, 96) ? new IPAddress(bytes[12..]) : address;
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefixLength)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var fullBytes = prefixLength / 8;
        if (!a.AsSpan(0, fullBytes).SequenceEqual(n.AsSpan(0, fullBytes)))
        {
            return false;
        }

        var rest = prefixLength % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (a[fullBytes] & mask) == (n[fullBytes] & mask);
    }

    private static string Printable(string? text) => new((text ?? "").Where(c => !char.IsControl(c)).Take(200).ToArray());
}
