using System.Net;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>
/// Security review (lower findings): wrong passwords are throttled per client address, at sign-in and at the
/// current-password check of a password change, below the lockout threshold so one address cannot lock an account.
/// </summary>
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private CareerCmsSite _site = null!;
    private BackofficeClient _admin = null!;

    public async Task InitializeAsync()
    {
        var settings = BackofficeSiteFixture.Settings;
        settings.Remove("CareerCms:Security:SignInThrottle:MaxFailuresPerClientAndAccount");
        settings.Remove("CareerCms:Security:SignInThrottle:MaxFailuresPerClient");
        _site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: settings);
        _admin = await BackofficeClient.InstallAsync(_site, BackofficeSiteFixture.AdminEmail, BackofficeSiteFixture.AdminPassword);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_AfterThreeWrongPasswordsFromOneAddress_Answers429AndTheAccountIsNotLocked()
    {
        var email = await CreateWriterAsync();
        using var attacker = new BackofficeClient(_site);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.LoginResponseAsync(email, "guess-number-" + i)).StatusCode);
        }

        var throttled = await attacker.LoginResponseAsync(email, BackofficeSiteFixture.Password);

        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("TooManyAttempts", (await BackofficeClient.JsonAsync(throttled))["operationStatus"]!.GetValue<string>());
        var user = (await _admin.GetJsonAsync("/user?filter=" + Uri.EscapeDataString(email)))["items"]![0]!;
        Assert.Equal("Active", user["state"]!.GetValue<string>());
        Assert.Equal(3, user["failedLoginAttempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task ChangeOwnPassword_AfterThreeWrongCurrentPasswords_Answers429()
    {
        var email = await CreateWriterAsync();
        using var writer = await BackofficeClient.LoginAsync(_site, email, BackofficeSiteFixture.Password);
        for (var i = 0; i < 3; i++)
        {
            var wrong = await writer.PostAsync("/user/current/change-password", new { oldPassword = "guess-number-" + i, newPassword = "another-quite-long-passphrase" });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var throttled = await writer.PostAsync("/user/current/change-password", new { oldPassword = BackofficeSiteFixture.Password, newPassword = "another-quite-long-passphrase" });

        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("0123456789ab")]
    [InlineData("qwertyuiop12")]
    public async Task CreateUser_WithALongButGuessablePassword_IsRefusedByThePolicy(string password)
    {
        var response = await _admin.PostAsync("/user", new { name = "Weak", email = $"weak-{Guid.NewGuid():N}@example.com", password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too easy to guess", (await BackofficeClient.JsonAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_WithAPasswordBuiltFromTheirOwnEmail_IsRefused()
    {
        var response = await _admin.PostAsync("/user", new { name = "Jane Smith", email = "jane.smith@example.com", password = "jane.smith@example.com" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> CreateWriterAsync()
    {
        var email = $"throttle-{Guid.NewGuid():N}@example.com";
        var groups = await _admin.GetJsonAsync("/user-group");
        var writer = groups["items"]!.AsArray().First(g => (string?)g!["alias"] == "writer")!["id"]!.GetValue<string>();
        var created = await _admin.PostAsync("/user", new { name = "Throttled writer", email, password = BackofficeSiteFixture.Password, userGroupIds = new[] { new { id = writer } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return email;
    }
}
