using System.Net;
using System.Text.RegularExpressions;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Security;

/// <summary>Security review (lower finding): the public surfaces send nosniff, frame, referrer and CSP headers.</summary>
public sealed partial class SecurityHeadersTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    [Theory]
    [InlineData("/umbraco/delivery/api/v2/content/item/mlops-engineer")]
    [InlineData("/umbraco/delivery/api/v2/content/item/no-such-item")]
    [InlineData("/api/careers/skills")]
    [InlineData("/api/careers/search?q=engineer")]
    [InlineData("/App_Plugins/CareerCms/umbraco-package.json")]
    public async Task PublicAnswers_CarryTheHeaders_AndForbidLoadingAnything(string path)
    {
        using var client = fixture.Site.CreateClient();

        var response = await client.GetAsync(path);

        AssertCommonHeaders(response);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task SearchPage_AllowsOnlyItsOwnInlineStyleAndScript_ByNonce()
    {
        using var client = fixture.Site.CreateClient();

        var response = await client.GetAsync("/search?q=engineer");
        var html = await response.Content.ReadAsStringAsync();

        AssertCommonHeaders(response);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = NonceInPolicy().Match(csp).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains($"<script nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<style nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        var again = await client.GetAsync("/search?q=engineer");
        Assert.NotEqual(csp, again.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [GeneratedRegex("script-src 'self' 'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();
}
