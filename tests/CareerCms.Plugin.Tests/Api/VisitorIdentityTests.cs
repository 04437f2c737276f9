using System.Net;
using CareerCms.Plugin.Api.PathStarts;
using Microsoft.AspNetCore.Http;

namespace CareerCms.Plugin.Tests.Api;

public sealed class VisitorIdentityTests
{
    private static readonly DateOnly Day = new(2025, 3, 5);
    private static readonly PathStartOptions Options = new() { VisitorHashSalt = "salt" };

    [Fact]
    public void For_WithCookie_DependsOnTheCookieOnly()
    {
        var a = For(cookie: "abc", ip: "10.0.0.1", agent: "Firefox");
        var b = For(cookie: "abc", ip: "10.0.0.2", agent: "Chrome");

        Assert.Equal(a, b);
        Assert.Matches("^[0-9a-f]{32}$", a);
        Assert.DoesNotContain("abc", a, StringComparison.Ordinal);
    }

    [Fact]
    public void For_WithoutCookie_IsTheClientIpAndUserAgent()
    {
        Assert.Equal(For(null, "10.0.0.1", "Firefox"), For(null, "10.0.0.1", "Firefox"));
        Assert.NotEqual(For(null, "10.0.0.1", "Firefox"), For(null, "10.0.0.1", "Chrome"));
        Assert.NotEqual(For(null, "10.0.0.1", "Firefox"), For(null, "10.0.0.2", "Firefox"));
    }

    [Fact]
    public void For_DifferentDaysOrSalts_CannotBeLinked()
    {
        Assert.NotEqual(VisitorIdentity.Hash("salt", Day, "cookie:abc"), VisitorIdentity.Hash("salt", Day.AddDays(1), "cookie:abc"));
        Assert.NotEqual(VisitorIdentity.Hash("salt", Day, "cookie:abc"), VisitorIdentity.Hash("pepper", Day, "cookie:abc"));
    }

    [Fact]
    public void For_OverlongCookie_FallsBackToTheClient() =>
        Assert.Equal(For(new string('x', 201), "10.0.0.1", "Firefox"), For(null, "10.0.0.1", "Firefox"));

    private static string For(string? cookie, string ip, string agent)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(ip);
        context.Request.Headers.UserAgent = agent;
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{Options.VisitorCookieName}={cookie}";
        }

        return VisitorIdentity.For(context, Day, Options);
    }
}
