using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CareerCms.Plugin.Api.PathStarts;

/// <summary>
/// An anonymous visitor id for one day: a SHA-256 hash of the site's salt, the day and either the visitor cookie
/// or the client IP plus User-Agent. The day is part of the hash, so ids of different days cannot be linked, and
/// nothing a visitor sent is stored in the clear.
/// </summary>
public static class VisitorIdentity
{
    /// <summary>Cookie values longer than this are not ids (they fall back to IP + User-Agent).</summary>
    public const int MaxCookieLength = 200;

    /// <summary>The visitor's id for <paramref name="day"/>: 32 lower-case hex characters.</summary>
    public static string For(HttpContext context, DateOnly day, PathStartOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var cookie = context.Request.Cookies[options.VisitorCookieName];
        var source = cookie is { Length: > 0 and <= MaxCookieLength }
            ? "cookie:" + cookie
            : $"client:{context.Connection.RemoteIpAddress}|{context.Request.Headers.UserAgent}";
        return Hash(options.VisitorHashSalt, day, source);
    }

    /// <summary>The hash of a visitor source on a day.</summary>
    public static string Hash(string salt, DateOnly day, string source)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}\n{day:yyyy-MM-dd}\n{source}"));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
