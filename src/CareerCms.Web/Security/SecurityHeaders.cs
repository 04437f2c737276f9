using System.Security.Cryptography;

namespace CareerCms.Web.Security;

/// <summary>
/// Security headers on every public answer (the Delivery API, <c>/api/*</c>, <c>/search</c>, <c>/App_Plugins</c>,
/// media): <c>X-Content-Type-Options: nosniff</c>, <c>X-Frame-Options: DENY</c>,
/// <c>Referrer-Policy: strict-origin-when-cross-origin</c> and a Content-Security-Policy: for HTML pages only the
/// site's own resources plus the page's inline style and script carrying this request's nonce
/// (<see cref="Nonce"/>), never framed; for everything else (JSON, files) nothing at all may load. The backoffice
/// (<c>/umbraco</c> outside the Delivery API) sets its own headers.
/// </summary>
public static class SecurityHeaders
{
    private static readonly object NonceKey = new();

    /// <summary>Adds the headers to every answer that does not set them itself.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/umbraco") && !path.StartsWithSegments("/umbraco/delivery"))
        {
            return next();
        }

        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (headers.ContentSecurityPolicy.Count == 0)
            {
                var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
                headers.ContentSecurityPolicy = html
                    ? $"default-src 'self'; script-src 'self' 'nonce-{Nonce(context)}'; style-src 'self' 'nonce-{Nonce(context)}'; img-src 'self' data:; " +
                      "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
                    : "default-src 'none'; frame-ancestors 'none'";
            }

            return Task.CompletedTask;
        });
        return next();
    });

    /// <summary>This request's nonce for inline <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> (base64, 128 bits).</summary>
    public static string Nonce(HttpContext context)
    {
        if (context.Items.TryGetValue(NonceKey, out var value) && value is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }
}
