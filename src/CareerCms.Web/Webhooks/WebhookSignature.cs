using System.Security.Cryptography;
using System.Text;

namespace CareerCms.Web.Webhooks;

/// <summary>
/// The request signature: header <c>Umb-Webhook-Signature: sha256=&lt;hex&gt;</c>, the lower-case hex HMAC-SHA256 of
/// the exact request body bytes keyed with the webhook's secret (UTF-8). Only sent when the webhook has a secret.
/// A receiver recomputes it over the raw body and compares in constant time (<see cref="Verify"/>).
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header name.</summary>
    public const string HeaderName = "Umb-Webhook-Signature";

    /// <summary>The header that identifies a delivery (the same on every retry of it): receivers de-duplicate on it.</summary>
    public const string DeliveryHeaderName = "Umb-Webhook-Delivery";

    private const string Prefix = "sha256=";

    /// <summary>The header value for a body.</summary>
    public static string Compute(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>True when <paramref name="headerValue"/> is the signature of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? headerValue)
    {
        if (headerValue is null || !headerValue.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, body));
        var actual = Encoding.ASCII.GetBytes(headerValue);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
