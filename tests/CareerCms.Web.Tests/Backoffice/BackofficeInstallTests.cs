using System.Net;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>First run: the first administrator from the browser's install call or unattended from configuration; idle timeout.</summary>
public sealed class BackofficeInstallTests
{
    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.PostgreSql)]
    public async Task Install_OnAnEmptySite_CreatesTheAdministratorOnce(TestDatabaseKind kind)
    {
        await using var site = await CareerCmsSite.StartAsync(kind);
        using var client = new BackofficeClient(site);
        Assert.Equal("Install", (await client.GetJsonAsync("/server/status"))["serverStatus"]!.GetValue<string>());

        var tooShort = await client.PostAsync("/install/setup", new { user = new { name = "Admin", email = "admin@example.com", password = "short" } });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);

        var installed = await client.PostAsync("/install/setup", new { user = new { name = "Admin", email = "admin@example.com", password = "correct-horse-battery" } });
        Assert.Equal(HttpStatusCode.OK, installed.StatusCode);
        Assert.True((await client.GetJsonAsync("/user/current"))["isAdmin"]!.GetValue<bool>());
        Assert.Equal("Run", (await client.GetJsonAsync("/server/status"))["serverStatus"]!.GetValue<string>());

        using var intruder = new BackofficeClient(site);
        await intruder.PrimeAsync();
        var second = await intruder.PostAsync("/install/setup", new { user = new { name = "Mallory", email = "m@example.com", password = "correct-horse-battery" } });
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("AlreadyInstalled", (await BackofficeClient.JsonAsync(second))["operationStatus"]!.GetValue<string>());

        // Users, groups and lockout state round-trip on this engine too.
        var writerGroup = (await client.GetJsonAsync("/user-group"))["items"]!.AsArray().First(g => (string?)g!["alias"] == "writer")!["id"]!.GetValue<string>();
        var created = await client.PostAsync("/user", new { name = "Wendy", email = "wendy@example.com", password = "wendy-writes-drafts-daily", userGroupIds = new[] { new { id = writerGroup } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var wendy = new BackofficeClient(site);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wendy.LoginResponseAsync("wendy@example.com", "wrong-password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await wendy.LoginResponseAsync("WENDY@example.com", "wendy-writes-drafts-daily")).StatusCode);
        Assert.Equal(["Umb.Document.Read", "Umb.Document.Create", "Umb.Document.Update"],
            (await wendy.GetJsonAsync("/user/current"))["fallbackPermissions"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task UnattendedInstall_FromConfiguration_CreatesTheAdministratorAtStart()
    {
        await using var site = await CareerCmsSite.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Umbraco:CMS:Unattended:InstallUnattended"] = "true",
            ["Umbraco:CMS:Unattended:UnattendedUserName"] = "Robot",
            ["Umbraco:CMS:Unattended:UnattendedUserEmail"] = "robot@example.com",
            ["Umbraco:CMS:Unattended:UnattendedUserPassword"] = "robot-installs-quietly-42",
        });

        using var client = await BackofficeClient.LoginAsync(site, "robot@example.com", "robot-installs-quietly-42");

        var me = await client.GetJsonAsync("/user/current");
        Assert.Equal("Robot", me["name"]!.GetValue<string>());
        Assert.True(me["isAdmin"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Session_IdleLongerThanTimeOut_Expires()
    {
        await using var site = await CareerCmsSite.StartAsync(settings: new Dictionary<string, string?> { ["Umbraco:CMS:Global:TimeOut"] = "00:00:02" });
        using var client = await BackofficeClient.InstallAsync(site);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/user/current")).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/user/current")).StatusCode);
    }
}
