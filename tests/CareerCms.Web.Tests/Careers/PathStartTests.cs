using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Plugin.Ports;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Careers;

/// <summary>
/// <c>POST /api/careers/paths/{id}/start</c>: once per visitor, path and day; durable across a restart; rate
/// limited; and the Delivery API's <c>engagement</c> sort follows the new counts.
/// </summary>
public abstract class PathStartTests(TestDatabaseKind kind) : IAsyncLifetime
{
    // These tests play many visitors from one client by naming them in the cookie, as a trusted frontend server may.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["CareerCms:PathStarts:PermitLimit"] = "1000",
        ["CareerCms:PathStarts:AcceptUnsignedVisitorIds"] = "true",
        ["CareerCms:PathStartStore:CountRefreshInterval"] = "00:00:00.200",
    };

    private CareerSite _site = null!;

    public async Task InitializeAsync() => _site = await CareerSite.StartAsync(Settings, kind);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Start_CountsOncePerVisitorAndDay()
    {
        var first = await StartAsync(StarterKeys.SoftwareEngineerPath, "visitor-a");
        var again = await StartAsync(StarterKeys.SoftwareEngineerPath, "visitor-a");
        var other = await StartAsync(StarterKeys.SoftwareEngineerPath, "visitor-b");

        Assert.Equal((true, 218), (first["counted"]!.GetValue<bool>(), first["engagement"]!.GetValue<int>()));
        Assert.Equal((false, 218), (again["counted"]!.GetValue<bool>(), again["engagement"]!.GetValue<int>()));
        Assert.Equal((true, 219), (other["counted"]!.GetValue<bool>(), other["engagement"]!.GetValue<int>()));
        Assert.Equal(2, _site.Site.Get<IPathStartStore>().GetCount(StarterKeys.SoftwareEngineerPath));
    }

    [Fact]
    public async Task Start_WithoutCookie_TheSiteHandsOneOutAndTheVisitorCountsOnce()
    {
        await StartAsync(StarterKeys.BackendDeveloperPath, null);
        var again = await StartAsync(StarterKeys.BackendDeveloperPath, null);

        Assert.False(again["counted"]!.GetValue<bool>());
        Assert.Equal(28, again["engagement"]!.GetValue<int>());
    }

    [Fact]
    public async Task Start_ManyConcurrentVisitors_EveryOneCountsExactlyOnce()
    {
        var starts = Enumerable.Range(0, 200).Select(i => StartAsync(StarterKeys.FrontendDeveloperPath, $"v{i % 100}"));

        var answers = await Task.WhenAll(starts);

        Assert.Equal(100, answers.Count(a => a["counted"]!.GetValue<bool>()));
        Assert.Equal(100, _site.Site.Get<IPathStartStore>().GetCount(StarterKeys.FrontendDeveloperPath));
    }

    [Theory]
    [InlineData("c9ea2334-f279-43cf-9fea-489f6acde1a0")]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    public async Task Start_WhenNotAPublishedPath_Answers404(string id)
    {
        var response = await _site.Client.PostAsync($"/api/careers/paths/{id}/start", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Transition path not found", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_EngagementSortFollowsTheCounts()
    {
        // Backend (27) sorts below Frontend (111) until 85 visitors start it.
        Assert.Equal(StarterKeys.BackendDeveloperPathName, (await EngagementAscendingAsync())[0]);

        await Task.WhenAll(Enumerable.Range(0, 85).Select(i => StartAsync(StarterKeys.BackendDeveloperPath, $"fan-{i}")));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        IReadOnlyList<string> order;
        do
        {
            order = await EngagementAscendingAsync();
        }
        while (order[0] != StarterKeys.FrontendDeveloperPathName && DateTime.UtcNow < deadline && await Delay());

        Assert.Equal([StarterKeys.FrontendDeveloperPathName, StarterKeys.BackendDeveloperPathName, StarterKeys.SoftwareEngineerPathName], order);
    }

    [Fact]
    public async Task Start_CountsSurviveARestart()
    {
        var directory = Directory.CreateTempSubdirectory("careercms-starts-").FullName;
        var database = await TestDatabase.CreateAsync(kind, directory);
        try
        {
            await using (var first = await StartSiteAsync(directory, database))
            {
                var counted = await PostAsync(first.CreateClient(), StarterKeys.SoftwareEngineerPath, "before-restart");
                Assert.True(counted["counted"]!.GetValue<bool>());
            }

            await using var restarted = await StartSiteAsync(directory, database);
            Assert.Equal(1, restarted.Get<IPathStartStore>().GetCount(StarterKeys.SoftwareEngineerPath));
            var again = await PostAsync(restarted.CreateClient(), StarterKeys.SoftwareEngineerPath, "before-restart");
            Assert.Equal((false, 218), (again["counted"]!.GetValue<bool>(), again["engagement"]!.GetValue<int>()));
        }
        finally
        {
            await database.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Task<CareerCmsSite> StartSiteAsync(string directory, TestDatabase database)
    {
        var settings = StarterSiteFixture.Settings;
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        return CareerCmsSite.StartAsync(database.Kind, StarterSiteFixture.StarterFolder, settings, directory, database);
    }

    private Task<JsonObject> StartAsync(Guid path, string? visitor) => PostAsync(_site.Client, path, visitor);

    private static async Task<JsonObject> PostAsync(HttpClient client, Guid path, string? visitor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/careers/paths/{path}/start");
        if (visitor is not null)
        {
            request.Headers.Add("Cookie", $"careercms_visitor={visitor}");
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private Task<IReadOnlyList<string>> EngagementAscendingAsync() =>
        _site.NamesAsync("fetch=transitionsTo:/mlops-engineer/&sort=engagement:asc");

    private static async Task<bool> Delay()
    {
        await Task.Delay(100);
        return true;
    }
}

public sealed class PathStartSqliteTests() : PathStartTests(TestDatabaseKind.Sqlite);

public sealed class PathStartPostgreSqlTests() : PathStartTests(TestDatabaseKind.PostgreSql);

/// <summary>The start endpoint's rate limit (a fixed window per client).</summary>
public sealed class PathStartRateLimitTests : IAsyncLifetime
{
    private CareerSite _site = null!;

    public async Task InitializeAsync() =>
        _site = await CareerSite.StartAsync(new Dictionary<string, string?> { ["CareerCms:PathStarts:PermitLimit"] = "3" });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Start_AboveTheLimit_Answers429ProblemWithRetryAfter()
    {
        for (var i = 0; i < 3; i++)
        {
            var ok = await _site.Client.PostAsync($"/api/careers/paths/{StarterKeys.SoftwareEngineerPath}/start", null);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var limited = await _site.Client.PostAsync($"/api/careers/paths/{StarterKeys.SoftwareEngineerPath}/start", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Equal("Too many requests", JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());

        var match = await _site.Client.PostAsync("/api/careers/match", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, match.StatusCode);
    }
}

/// <summary>Match-my-skills has its own rate limit (a fixed window per client), apart from path starts.</summary>
public sealed class CareerMatchRateLimitTests : IAsyncLifetime
{
    private CareerSite _site = null!;

    public async Task InitializeAsync() =>
        _site = await CareerSite.StartAsync(new Dictionary<string, string?> { ["CareerCms:Match:PermitLimit"] = "3" });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Match_AboveTheLimit_Answers429ProblemWithRetryAfter()
    {
        for (var i = 0; i < 3; i++)
        {
            var allowed = await _site.Client.PostAsync("/api/careers/match", new StringContent("""{"skills":[null]}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, allowed.StatusCode);
        }

        var limited = await _site.Client.PostAsync("/api/careers/match", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }
}

/// <summary>
/// Security review (lower finding): path-start deduplication trusts only visitor cookies the site signed itself, so a
/// client cannot count as many visitors by inventing cookie values or User-Agents.
/// </summary>
public sealed class PathStartVisitorTests : IAsyncLifetime
{
    private CareerSite _site = null!;

    public async Task InitializeAsync() =>
        _site = await CareerSite.StartAsync(new Dictionary<string, string?>
        {
            ["CareerCms:PathStarts:PermitLimit"] = "1000",
            ["CareerCms:PathStarts:MaxNewVisitorsPerClientPerDay"] = "2",
        });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Start_WithInventedCookiesAndUserAgents_CountsAtMostTheNewVisitorAllowance()
    {
        using var client = _site.Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var counted = 0;
        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/careers/paths/{StarterKeys.SoftwareEngineerPath}/start");
            request.Headers.Add("Cookie", $"careercms_visitor=invented-{i}");
            request.Headers.UserAgent.ParseAdd($"Agent/{i}");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            counted += JsonNode.Parse(await response.Content.ReadAsStringAsync())!["counted"]!.GetValue<bool>() ? 1 : 0;
        }

        // Two signed cookies handed out, then one visitor for the client's address: three counts, never six.
        Assert.Equal(3, counted);
    }

    [Fact]
    public async Task Start_TheSignedCookieTheSiteHandsOut_IdentifiesTheVisitorNextTime()
    {
        using var client = _site.Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var first = await client.PostAsync($"/api/careers/paths/{StarterKeys.FrontendDeveloperPath}/start", null);
        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("careercms_visitor=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(JsonNode.Parse(await first.Content.ReadAsStringAsync())!["counted"]!.GetValue<bool>());

        using var again = new HttpRequestMessage(HttpMethod.Post, $"/api/careers/paths/{StarterKeys.FrontendDeveloperPath}/start");
        again.Headers.Add("Cookie", cookie.Split(';')[0]);
        var second = await client.SendAsync(again);

        Assert.False(JsonNode.Parse(await second.Content.ReadAsStringAsync())!["counted"]!.GetValue<bool>());
        Assert.False(second.Headers.Contains("Set-Cookie"));
    }
}
