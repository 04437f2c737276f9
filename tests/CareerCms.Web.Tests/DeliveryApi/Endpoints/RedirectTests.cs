using System.Net;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>
/// Redirect URL tracking: after a rename or a move, a by-path request for an old route answers 301 to the current
/// route with Location-Start-Item-Path/-Id; a path no item ever had stays 404; the records survive a restart.
/// </summary>
public sealed class RedirectTests
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    private static readonly Guid CareersKey = Guid.Parse("65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98");

    [Fact]
    public async Task OldRoutes_AfterARenameAndAMove_Answer301ToTheCurrentRoute_AlsoAfterARestart()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("careercms-redirects-").FullName;
        try
        {
            TestDatabase database;
            await using (var site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: StarterSiteFixture.Settings, dataDirectory: dataDirectory))
            {
                database = site.Database;
                var client = NoRedirectClient(site);
                await RenameAsync(site, MlopsKey, "ML Ops Engineer");
                var backend = (await client.GetObjectAsync($"{Api}/item/backend-developer"))["id"]!.GetValue<string>();
                var path = (await client.GetObjectAsync($"{Api}/item/ml-ops-engineer/backend-developer-to-mlops-engineer"))["id"]!.GetValue<string>();
                Assert.True((await site.Get<ContentStructureService>().MoveAsync(Guid.Parse(path), Guid.Parse(backend), -1)).Succeeded);

                await AssertRedirectAsync(client, "mlops-engineer", "/ml-ops-engineer/");
                await AssertRedirectAsync(client, "MLOPS-ENGINEER/", "/ml-ops-engineer/");
                await AssertRedirectAsync(client, "mlops-engineer/software-engineer-to-mlops-engineer", "/ml-ops-engineer/software-engineer-to-mlops-engineer/");
                await AssertRedirectAsync(client, "ml-ops-engineer/backend-developer-to-mlops-engineer", "/backend-developer/backend-developer-to-mlops-engineer/");
                await AssertRedirectAsync(client, "mlops-engineer", "/ml-ops-engineer/", ("Start-Item", "careers"));
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/item/never-was-here")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, await SendAsync(client, $"{Api}/item/mlops-engineer", ("Start-Item", "skills")));
            }

            await using var restarted = await CareerCmsSite.StartAsync(settings: StarterSiteFixture.Settings, dataDirectory: dataDirectory, database: database);
            await AssertRedirectAsync(NoRedirectClient(restarted), "mlops-engineer", "/ml-ops-engineer/");
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task OldRoute_OfAnItemThatIsNoLongerPublished_Is404()
    {
        await using var site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: StarterSiteFixture.Settings);
        var client = NoRedirectClient(site);
        await RenameAsync(site, MlopsKey, "ML Ops Engineer");

        Assert.True((await site.Get<ContentPublishingService>().UnpublishAsync(MlopsKey, -1)).Succeeded);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/item/mlops-engineer")).StatusCode);
    }

    [Fact]
    public async Task DisableRedirectUrlTracking_LeavesOldRoutes404()
    {
        var settings = StarterSiteFixture.Settings;
        settings["Umbraco:CMS:WebRouting:DisableRedirectUrlTracking"] = "true";
        await using var site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: settings);
        await RenameAsync(site, MlopsKey, "ML Ops Engineer");

        Assert.Equal(HttpStatusCode.NotFound, (await NoRedirectClient(site).GetAsync($"{Api}/item/mlops-engineer")).StatusCode);
    }

    private static HttpClient NoRedirectClient(CareerCmsSite site) =>
        site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task RenameAsync(CareerCmsSite site, Guid key, string name)
    {
        var document = (await site.Get<ContentQueryService>().GetAsync(key))!;
        var saved = await site.Get<ContentEditingService>().SaveAsync(
            new DocumentSaveRequest { Key = key, Name = name, Values = new Dictionary<string, string?>(document.Values) }, -1);
        Assert.True(saved.Succeeded, saved.Status.ToString());
        Assert.True((await site.Get<ContentPublishingService>().PublishAsync(key, -1)).Succeeded);
    }

    private static async Task AssertRedirectAsync(HttpClient client, string oldPath, string location, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/item/{oldPath}");
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{oldPath} -> {(int)response.StatusCode}");
        Assert.Equal(location, response.Headers.Location!.OriginalString);
        Assert.Equal("careers", Assert.Single(response.Headers.GetValues("Location-Start-Item-Path")));
        Assert.Equal(CareersKey.ToString("D"), Assert.Single(response.Headers.GetValues("Location-Start-Item-Id")));
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
