using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Api.PathStarts;

/// <summary>Who started a path: the anonymous id to count under, and a visitor cookie to hand out (or null).</summary>
/// <param name="Id">32 lower-case hex characters, unlinkable across days.</param>
/// <param name="CookieToIssue">A new signed visitor cookie value to set on the answer, or null.</param>
public sealed record Visitor(string Id, string? CookieToIssue);

/// <summary>
/// An anonymous visitor id for one day: a SHA-256 hash of the site's salt, the day and the visitor's source. The day
/// is part of the hash, so ids of different days cannot be linked, and nothing a visitor sent is stored in the clear.
/// The source is a visitor cookie only when this site signed it (ASP.NET Core data protection, shared by every node),
/// so a client cannot make itself many visitors by inventing cookie values or User-Agents. A client without a valid
/// cookie is given a new signed one, at most <see cref="PathStartOptions.MaxNewVisitorsPerClientPerDay"/> per client
/// address and day; beyond that its starts count under its address. <see cref="PathStartOptions.AcceptUnsignedVisitorIds"/>
/// trusts any cookie value, for a frontend server that identifies visitors itself on a trusted network.
/// </summary>
public sealed class VisitorIdentity(IDataProtectionProvider protection, IOptionsMonitor<PathStartOptions> options) : IDisposable
{
    /// <summary>Cookie values longer than this are not ids.</summary>
    public const int MaxCookieLength = 400;

    private const string Purpose = "CareerCms.PathStarts.VisitorCookie";
    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);
    private readonly MemoryCache _minted = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>The visitor of <paramref name="context"/> on <paramref name="day"/>.</summary>
    public Visitor For(HttpContext context, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.CurrentValue;
        var cookie = context.Request.Cookies[settings.VisitorCookieName];
        if (cookie is { Length: > 0 and <= MaxCookieLength })
        {
            if (Unprotect(cookie) is { } signed)
            {
                return new Visitor(Hash(settings.VisitorHashSalt, day, "visitor:" + signed), null);
            }

            if (settings.AcceptUnsignedVisitorIds)
            {
                return new Visitor(Hash(settings.VisitorHashSalt, day, "cookie:" + cookie), null);
            }
        }

        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!MayMint(client, day, settings.MaxNewVisitorsPerClientPerDay))
        {
            return new Visitor(Hash(settings.VisitorHashSalt, day, "client:" + client), null);
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return new Visitor(Hash(settings.VisitorHashSalt, day, "visitor:" + id), _protector.Protect(id));
    }

    /// <summary>The hash of a visitor source on a day.</summary>
    public static string Hash(string salt, DateOnly day, string source)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}\n{day:yyyy-MM-dd}\n{source}"));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    /// <inheritdoc />
    public void Dispose() => _minted.Dispose();

    private string? Unprotect(string cookie)
    {
        try
        {
            return _protector.Unprotect(cookie);
        }
        catch (CryptographicException)
        {
            return null; // not ours, tampered with, or from a key long gone
        }
    }

    private bool MayMint(string client, DateOnly day, int max)
    {
        var counter = _minted.GetOrCreate($"{client}|{day:yyyy-MM-dd}", entry =>
        {
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(25); // the key names the day
            return new StrongBox<int>();
        })!;
        return Interlocked.Increment(ref counter.Value) <= max;
    }
}
