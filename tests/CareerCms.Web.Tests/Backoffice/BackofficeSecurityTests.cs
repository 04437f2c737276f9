using System.Net;
using System.Text.Json;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>Security through the real HTTP pipeline: credentials, lockout, cookies, antiforgery, permissions, sanitizing.</summary>
public sealed class BackofficeSecurityTests(BackofficeSiteFixture fixture) : IClassFixture<BackofficeSiteFixture>
{
    [Fact]
    public async Task ManagementApi_WhenAnonymous_Returns401()
    {
        using var anonymous = new BackofficeClient(fixture.Site);

        var response = await anonymous.GetAsync("/tree/document/root");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_WithWrongPassword_Returns401ProblemDetails()
    {
        using var client = new BackofficeClient(fixture.Site);

        var response = await client.LoginResponseAsync(BackofficeSiteFixture.AdminEmail, "not-the-password");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Login failed", (await BackofficeClient.JsonAsync(response))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_WithUnknownEmail_AnswersLikeAWrongPassword()
    {
        using var client = new BackofficeClient(fixture.Site);

        var response = await client.LoginResponseAsync("nobody@example.com", "whatever-password");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("InvalidCredentials", (await BackofficeClient.JsonAsync(response))["operationStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_AfterFiveFailedAttempts_LocksTheAccountEvenForTheRightPassword()
    {
        var email = $"lock-{Guid.NewGuid():N}@example.com";
        (await fixture.CreateUserAsync("editor", email)).Dispose();
        using var client = new BackofficeClient(fixture.Site);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginResponseAsync(email, "wrong-password-" + i)).StatusCode);
        }

        var withRightPassword = await client.LoginResponseAsync(email, BackofficeSiteFixture.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, withRightPassword.StatusCode);

        var users = await fixture.Admin.GetJsonAsync("/user?filter=" + Uri.EscapeDataString(email));
        var user = users["items"]!.AsArray().Single()!;
        Assert.Equal("LockedOut", user["state"]!.GetValue<string>());

        // An administrator unlocks; the right password works again.
        Assert.Equal(HttpStatusCode.OK, (await fixture.Admin.PostAsync("/user/unlock", new { userIds = new[] { new { id = user["id"]!.GetValue<string>() } } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.LoginResponseAsync(email, BackofficeSiteFixture.Password)).StatusCode);
    }

    [Fact]
    public async Task Login_IssuesAnHttpOnlySameSiteStrictSessionCookie()
    {
        using var client = new BackofficeClient(fixture.Site);

        Assert.Equal(HttpStatusCode.OK, (await client.LoginResponseAsync(BackofficeSiteFixture.AdminEmail, BackofficeSiteFixture.AdminPassword)).StatusCode);

        var session = client.SetCookies.Last(c => c.StartsWith("UMB_UCONTEXT=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", session, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", session, StringComparison.Ordinal);
        Assert.Contains("path=/umbraco", session, StringComparison.Ordinal);
        var antiforgery = client.SetCookies.Last(c => c.StartsWith("UMB-XSRF-V=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", antiforgery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateChangingRequest_WithoutAntiforgeryToken_Returns400AndChangesNothing()
    {
        var id = await fixture.CreateCareerAsync("Antiforgery Career");
        fixture.Admin.SendAntiforgeryToken = false;
        try
        {
            var publish = await fixture.Admin.PutAsync($"/document/{id}/publish");
            var logout = await fixture.Admin.PostAsync("/security/back-office/logout");

            Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
            Assert.Equal("AntiforgeryFailed", (await BackofficeClient.JsonAsync(publish))["operationStatus"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        }
        finally
        {
            fixture.Admin.SendAntiforgeryToken = true;
        }

        Assert.Equal("Draft", (await fixture.Admin.GetJsonAsync($"/document/{id}"))["variants"]![0]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task StateChangingRequest_WithAnotherSessionsToken_Returns400()
    {
        using var writer = await fixture.CreateUserAsync("writer");
        var writerToken = writer.SetCookies.Last(c => c.StartsWith("UMB-XSRF-TOKEN=", StringComparison.Ordinal)).Split(';')[0]["UMB-XSRF-TOKEN=".Length..];
        fixture.Admin.SendAntiforgeryToken = false;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, BackofficeClient.Api + "/security/back-office/logout");
            request.Headers.Add("X-UMB-XSRF-TOKEN", Uri.UnescapeDataString(writerToken));
            Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Admin.Http.SendAsync(request)).StatusCode);
        }
        finally
        {
            fixture.Admin.SendAntiforgeryToken = true;
        }
    }

    [Fact]
    public async Task Writer_PublishingThroughTheApiDirectly_Returns403()
    {
        using var writer = await fixture.CreateUserAsync("writer");
        var id = await fixture.CreateCareerAsync("Writer Career", writer);

        var publish = await writer.PutAsync($"/document/{id}/publish");
        var withDescendants = await writer.PutAsync($"/document/{id}/publish-with-descendants", new { includeUnpublishedDescendants = true });
        var trash = await writer.DeleteAsync($"/document/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withDescendants.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, trash.StatusCode);
        Assert.Equal("Draft", (await fixture.Admin.GetJsonAsync($"/document/{id}"))["variants"]![0]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Writer_UsersSectionAndSettingsChanges_Return403()
    {
        using var writer = await fixture.CreateUserAsync("writer");

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync("/user")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync("/user", new { name = "x", email = "x@example.com", password = "0123456789" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PutAsync($"/data-type/{Guid.NewGuid()}", new { name = "x" })).StatusCode);
    }

    [Fact]
    public async Task User_OutsideTheirStartNode_Gets403()
    {
        using var editor = await fixture.CreateUserAsync("editor", startNode: Guid.Parse(StarterContent.MlopsKey));

        var root = await editor.GetJsonAsync("/tree/document/root");
        var inside = await editor.GetAsync($"/document/{StarterContent.MlopsKey}");
        var outside = await editor.GetAsync($"/document/{StarterContent.SoftwareEngineerKey}");
        var createAtRoot = await editor.PostAsync("/document", StarterContent.NewCareer("Nope"));

        Assert.Equal(StarterContent.MlopsKey, root["items"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, createAtRoot.StatusCode);
    }

    [Fact]
    public async Task RichText_WithScriptTag_ComesBackSanitized()
    {
        var html = """<p onclick="steal()">Hello <script>alert('x')</script><a href="javascript:alert(1)">link</a><img src="x" onerror="alert(2)"><strong>bold</strong></p>""";
        var response = await fixture.Admin.PostAsync("/document", StarterContent.NewCareer("Sanitized Career", description: html));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await BackofficeClient.JsonAsync(response))["id"]!.GetValue<string>();

        var stored = BackofficeSiteFixture.Values(await fixture.Admin.GetJsonAsync($"/document/{id}"))["description"]!;
        var markup = JsonDocument.Parse(stored).RootElement.GetProperty("markup").GetString()!;

        Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", markup, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>bold</strong>", markup, StringComparison.Ordinal);
        Assert.Contains("Hello", markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_WithAPasswordShorterThanTen_IsRefusedByThePolicy()
    {
        var response = await fixture.Admin.PostAsync("/user", new { name = "Short", email = "short@example.com", password = "123456789" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at least 10", (await BackofficeClient.JsonAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var editor = await fixture.CreateUserAsync("editor");

        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync("/security/back-office/logout")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await editor.GetAsync("/user/current")).StatusCode);
    }

    [Fact]
    public async Task Logout_ACopyOfTheCookieTakenBefore_NoLongerWorks()
    {
        using var editor = await fixture.CreateUserAsync("editor");
        var saved = editor.SetCookies.Last(c => c.StartsWith("UMB_UCONTEXT=", StringComparison.Ordinal)).Split(';')[0];
        using var replay = fixture.Site.CreateClient();
        async Task<HttpStatusCode> ReplayAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, BackofficeClient.Api + "/user/current");
            request.Headers.Add("Cookie", saved);
            return (await replay.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await ReplayAsync());
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync("/security/back-office/logout")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await ReplayAsync());
    }

    [Fact]
    public async Task Logout_LeavesTheUsersOtherSessionsSignedIn()
    {
        var email = $"two-sessions-{Guid.NewGuid():N}@example.com";
        using var first = await fixture.CreateUserAsync("editor", email);
        using var second = await BackofficeClient.LoginAsync(fixture.Site, email, BackofficeSiteFixture.Password);

        Assert.Equal(HttpStatusCode.OK, (await first.PostAsync("/security/back-office/logout")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/user/current")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/user/current")).StatusCode);
    }

    [Fact]
    public async Task DisablingAUser_EndsTheirSessionAtOnce()
    {
        var email = $"disable-{Guid.NewGuid():N}@example.com";
        using var editor = await fixture.CreateUserAsync("editor", email);
        var me = await editor.GetJsonAsync("/user/current");

        Assert.Equal(HttpStatusCode.OK, (await fixture.Admin.PostAsync("/user/disable", new { userIds = new[] { new { id = me["id"]!.GetValue<string>() } } })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await editor.GetAsync("/tree/document/root")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new BackofficeClient(fixture.Site).LoginResponseAsync(email, BackofficeSiteFixture.Password)).StatusCode);
    }

    [Fact]
    public async Task Backoffice_Page_IsServedWithAStrictContentSecurityPolicy()
    {
        using var anonymous = new BackofficeClient(fixture.Site);

        var response = await anonymous.Http.GetAsync("/umbraco");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("uui.min.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync("/umbraco/lib/uui/uui.min.js")).StatusCode);
    }
}
