using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>One site with the starter content and an installed administrator, shared by a test class.</summary>
public sealed class BackofficeSiteFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "correct-horse-battery";
    public const string Password = "a-long-enough-password";

    public CareerCmsSite Site { get; private set; } = null!;

    public BackofficeClient Admin { get; private set; } = null!;

    /// <summary>
    /// Failed logins are padded to Umbraco's default of 1 s; tests shorten that. The per-address sign-in throttle is
    /// raised so that lockout itself can be tested from one client (<see cref="SignInThrottleTests"/> tests the throttle).
    /// </summary>
    public static Dictionary<string, string?> Settings => new()
    {
        ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
        ["Umbraco:CMS:Security:UserDefaultFailedLoginDurationInMilliseconds"] = "20",
        ["Umbraco:CMS:Security:UserMinimumFailedLoginDurationInMilliseconds"] = "10",
        ["CareerCms:Security:SignInThrottle:MaxFailuresPerClientAndAccount"] = "100",
        ["CareerCms:Security:SignInThrottle:MaxFailuresPerClient"] = "1000",
    };

    public Task InitializeAsync() => InitializeAsync(Settings);

    /// <summary>Starts the starter site with other settings (e.g. a short scheduling period).</summary>
    public async Task InitializeAsync(Dictionary<string, string?> settings)
    {
        Site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: settings);
        Admin = await BackofficeClient.InstallAsync(Site, AdminEmail, AdminPassword);
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Site.DisposeAsync();
    }

    /// <summary>Creates a user in a built-in group (admin, editor, writer) and returns a signed-in client.</summary>
    public async Task<BackofficeClient> CreateUserAsync(string groupAlias, string? email = null, Guid? startNode = null)
    {
        email ??= $"{groupAlias}-{Guid.NewGuid():N}@example.com";
        var groups = await Admin.GetJsonAsync("/user-group");
        var groupId = groups["items"]!.AsArray().First(g => (string?)g!["alias"] == groupAlias)!["id"]!.GetValue<string>();
        var response = await Admin.PostAsync("/user", new
        {
            name = groupAlias + " user",
            email,
            password = Password,
            userGroupIds = new[] { new { id = groupId } },
            documentStartNodeIds = startNode is null ? Array.Empty<object>() : [new { id = startNode }],
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await BackofficeClient.LoginAsync(Site, email, Password);
    }

    /// <summary>Creates a valid career under Careers as the admin; returns its id.</summary>
    public async Task<string> CreateCareerAsync(string name, BackofficeClient? client = null)
    {
        var response = await (client ?? Admin).PostAsync("/document", StarterContent.NewCareer(name));
        var body = await BackofficeClient.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        return body["id"]!.GetValue<string>();
    }

    /// <summary>The draft version id of a document.</summary>
    public async Task<int> DraftVersionAsync(string id) => (await Admin.GetJsonAsync($"/document/{id}"))["draftVersionId"]!.GetValue<int>();

    /// <summary>A document's values as alias -> raw value.</summary>
    public static Dictionary<string, string?> Values(JsonNode document) =>
        document["values"]!.AsArray().ToDictionary(v => v!["alias"]!.GetValue<string>(), v => (string?)v!["value"]);
}
