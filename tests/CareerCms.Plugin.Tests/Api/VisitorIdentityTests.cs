using System.Net;
using CareerCms.Plugin.Api.PathStarts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Tests.Api;

public sealed class VisitorIdentityTests : IDisposable
{
    private static readonly DateOnly Day = new(2025, 3, 5);
    private readonly PathStartOptions _options = new() { VisitorHashSalt = "salt", MaxNewVisitorsPerClientPerDay = 3 };
    private readonly VisitorIdentity _identity;

    public VisitorIdentityTests() =>
        _identity = new VisitorIdentity(new EphemeralDataProtectionProvider(), new StaticOptions(_options));

    public void Dispose() => _identity.Dispose();

    [Fact]
    public void For_WithoutCookie_HandsOutASignedCookieThatIdentifiesTheVisitorNextTime()
    {
        var first = For(null, "10.0.0.1", "Firefox");
        var again = For(first.CookieToIssue, "10.0.0.2", "Chrome");

        Assert.NotNull(first.CookieToIssue);
        Assert.Null(again.CookieToIssue);
        Assert.Equal(first.Id, again.Id);
        Assert.Matches("^[0-9a-f]{32}$", first.Id);
    }

    [Fact]
    public void For_AnInventedCookie_IsNotTrusted()
    {
        var invented = For("abc", "10.0.0.1", "Firefox");
        var alsoInvented = For("abd", "10.0.0.1", "Chrome");

        Assert.NotEqual(invented.Id, alsoInvented.Id);
        Assert.NotNull(invented.CookieToIssue);
        Assert.NotEqual(VisitorIdentity.Hash("salt", Day, "cookie:abc"), invented.Id);
    }

    [Fact]
    public void For_BeyondTheNewVisitorAllowance_EveryCookielessStartIsTheClientAddress()
    {
        var minted = Enumerable.Range(0, 3).Select(i => For(null, "10.0.0.1", "Agent" + i)).ToArray();
        var beyond = Enumerable.Range(0, 3).Select(i => For("forged-" + i, "10.0.0.1", "Agent" + i)).ToArray();

        Assert.Equal(3, minted.Select(v => v.Id).Distinct().Count());
        Assert.Single(beyond.Select(v => v.Id).Distinct());
        Assert.All(beyond, v => Assert.Null(v.CookieToIssue));
        Assert.NotNull(For(null, "10.0.0.9", "Firefox").CookieToIssue);
    }

    [Fact]
    public void For_WhenUnsignedIdsAreAccepted_TheCookieValueIsTheVisitor()
    {
        _options.AcceptUnsignedVisitorIds = true;

        Assert.Equal(For("abc", "10.0.0.1", "Firefox").Id, For("abc", "10.0.0.2", "Chrome").Id);
        Assert.Equal(VisitorIdentity.Hash("salt", Day, "cookie:abc"), For("abc", "10.0.0.1", "Firefox").Id);
    }

    [Fact]
    public void Hash_DifferentDaysOrSalts_CannotBeLinked()
    {
        Assert.NotEqual(VisitorIdentity.Hash("salt", Day, "cookie:abc"), VisitorIdentity.Hash("salt", Day.AddDays(1), "cookie:abc"));
        Assert.NotEqual(VisitorIdentity.Hash("salt", Day, "cookie:abc"), VisitorIdentity.Hash("pepper", Day, "cookie:abc"));
    }

    private Visitor For(string? cookie, string ip, string agent)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(ip);
        context.Request.Headers.UserAgent = agent;
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{_options.VisitorCookieName}={cookie}";
        }

        return _identity.For(context, Day);
    }

    private sealed class StaticOptions(PathStartOptions value) : IOptionsMonitor<PathStartOptions>
    {
        public PathStartOptions CurrentValue => value;

        public PathStartOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<PathStartOptions, string?> listener) => null;
    }
}
