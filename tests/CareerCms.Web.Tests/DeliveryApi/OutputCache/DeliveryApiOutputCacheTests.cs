using System.Net;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.OutputCache;

/// <summary>
/// The Delivery API output cache over the starter content: hits (proved by the Age header the output cache adds to
/// answers it serves), what varies, what is never cached, and that a publish evicts exactly the affected entries.
/// </summary>
public sealed class DeliveryApiOutputCacheTests : IAsyncLifetime
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    private static readonly Guid DataEngineerKey = Guid.Parse("a9fe57e0-824e-4521-9b53-b516c5ca8347");
    private static readonly Guid FrontendKey = Guid.Parse("31e664e1-d508-4c0e-a2fb-a16b8c7e1cde");
    private CareerCmsSite _site = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var settings = StarterSiteFixture.Settings;
        settings["Umbraco:CMS:DeliveryApi:OutputCache:Enabled"] = "true";
        settings["Umbraco:CMS:DeliveryApi:OutputCache:ContentDuration"] = "00:10:00";
        _site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: settings);
        _client = _site.CreateClient();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData(Api + "/item/mlops-engineer")]
    [InlineData(Api + "/item/c9ea2334-f279-43cf-9fea-489f6acde1a0")]
    [InlineData(Api + "/items?id=c9ea2334-f279-43cf-9fea-489f6acde1a0")]
    [InlineData(Api + "?filter=contentType:career&sort=name:asc")]
    public async Task SecondIdenticalRequest_IsServedFromTheCache(string url)
    {
        var first = await GetAsync(url);
        var second = await GetAsync(url);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task Entries_VaryByCultureSegmentStartItemAndQueryString()
    {
        var url = Api + "/item/mlops-engineer";
        await GetAsync(url);

        Assert.False((await GetAsync(url, ("Accept-Language", "en-US"))).FromCache);
        Assert.False((await GetAsync(url, ("Accept-Segment", "b"))).FromCache);
        Assert.False((await GetAsync(url, ("Start-Item", "careers"))).FromCache);
        Assert.False((await GetAsync(url + "?fields=properties[salaryMin]")).FromCache);
        Assert.True((await GetAsync(url, ("Accept-Language", "en-US"))).FromCache);
        Assert.True((await GetAsync(url + "?fields=properties[salaryMin]")).FromCache);
    }

    [Fact]
    public async Task PreviewKeyedAndErrorAnswers_AreNeverCached()
    {
        var url = Api + "/item/mlops-engineer";
        for (var i = 0; i < 2; i++)
        {
            Assert.False((await GetAsync(url, ("Api-Key", "test-key"))).FromCache);
            Assert.False((await GetAsync(url, ("Api-Key", "test-key"), ("Preview", "true"))).FromCache);
            Assert.False((await GetAsync(url, HttpStatusCode.Unauthorized, ("Preview", "true"))).FromCache);
            Assert.False((await GetAsync(Api + "/item/no-such-career", expected: HttpStatusCode.NotFound)).FromCache);
            Assert.False((await GetAsync(Api + "?fetch=siblings:x", expected: HttpStatusCode.BadRequest)).FromCache);
        }

        // The anonymous entry was never written by the keyed or preview requests.
        Assert.False((await GetAsync(url)).FromCache);
    }

    [Fact]
    public async Task Publish_EvictsTheItemItsDescendantsAndQueries_ButNotAnUnrelatedItem()
    {
        var item = Api + "/item/mlops-engineer";
        var descendant = Api + "/item/mlops-engineer/software-engineer-to-mlops-engineer";
        var unrelated = $"{Api}/item/{FrontendKey}";
        var query = Api + "?filter=contentType:career";
        foreach (var url in new[] { item, descendant, unrelated, query })
        {
            await GetAsync(url);
            Assert.True((await GetAsync(url)).FromCache, url);
        }

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(MlopsKey, -1)).Succeeded);

        Assert.False((await GetAsync(item)).FromCache);
        Assert.False((await GetAsync(descendant)).FromCache);
        Assert.False((await GetAsync(query)).FromCache);
        Assert.True((await GetAsync(unrelated)).FromCache);
    }

    [Fact]
    public async Task PublishingAPickedItem_EvictsTheItemsThatPickIt()
    {
        // MLOps Engineer picks Data Engineer (related careers); Frontend Developer does not.
        var picker = $"{Api}/item/{MlopsKey}";
        var unrelated = $"{Api}/item/{FrontendKey}";
        await GetAsync(picker);
        await GetAsync(unrelated);

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(DataEngineerKey, -1)).Succeeded);

        Assert.False((await GetAsync(picker)).FromCache);
        Assert.True((await GetAsync(unrelated)).FromCache);
    }

    [Fact]
    public async Task Unpublish_EvictsTheItem_SoItsNextAnswerIs404()
    {
        var url = Api + "/item/mlops-engineer/software-engineer-to-mlops-engineer";
        await GetAsync(url);
        Assert.True((await GetAsync(url)).FromCache);

        Assert.True((await _site.Get<ContentPublishingService>().UnpublishAsync(MlopsKey, -1)).Succeeded);

        await GetAsync(url, expected: HttpStatusCode.NotFound);
        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(MlopsKey, -1)).Succeeded);
        Assert.False((await GetAsync(url)).FromCache);
    }

    [Fact]
    public async Task PackageEvictionProvider_AddsTagsToEvict()
    {
        var frontend = $"{Api}/item/{FrontendKey}";
        var mlops = $"{Api}/item/{MlopsKey}";
        await GetAsync(frontend);
        await GetAsync(mlops);

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(LinkedCareersEvictionProvider.BackendKey, -1)).Succeeded);

        Assert.False((await GetAsync(frontend)).FromCache);
        Assert.True((await GetAsync(mlops)).FromCache);
    }

    [Fact]
    public async Task MoveAndDelete_EvictTheMovedItem_SoItsNextAnswersShowTheNewRouteThen404()
    {
        var path = (await _site.Get<ContentQueryService>().GetChildrenAsync(MlopsKey)).First();
        var url = $"{Api}/item/{path.Key}";
        await GetAsync(url);
        Assert.True((await GetAsync(url)).FromCache);

        Assert.True((await _site.Get<ContentStructureService>().MoveAsync(path.Key, FrontendKey, -1)).Succeeded);
        var moved = await GetAsync(url);
        Assert.False(moved.FromCache);
        Assert.Contains($"\"/frontend-developer/{path.UrlSegment}/\"", moved.Body, StringComparison.Ordinal);

        Assert.True((await _site.Get<ContentRecycleBinService>().TrashAsync(path.Key, -1)).Succeeded);
        await GetAsync(url, expected: HttpStatusCode.NotFound);
    }

    private async Task<(bool FromCache, string Body)> GetAsync(string url, params (string Name, string Value)[] headers) =>
        await GetAsync(url, HttpStatusCode.OK, headers);

    private async Task<(bool FromCache, string Body)> GetAsync(string url, HttpStatusCode expected, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url} -> {(int)response.StatusCode}: {body}");
        return (response.Headers.Age is not null, body);
    }
}
