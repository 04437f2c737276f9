using System.Net;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>The index is current when a content operation returns; handlers from a test assembly index and filter.</summary>
public sealed class DeliveryApiIndexConsistencyTests : IAsyncLifetime
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    private CareerCmsSite _site = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: StarterSiteFixture.Settings);
        _client = _site.CreateClient();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Filter_FromTestAssemblyHandler_QueriesItsOwnIndexField()
    {
        var page = await _client.GetObjectAsync($"{Api}?filter=contentType:career&filter=initial:m,d&take=50");

        Assert.Equal(["Data Engineer", "Machine Learning Engineer", "MLOps Engineer"], page.Names().Order());
    }

    [Fact]
    public async Task PublishUnpublishTrashRestoreDelete_IndexIsCurrentWhenTheCallReturns()
    {
        var site = _site;
        var path = (await site.Get<ContentQueryService>().GetChildrenAsync(MlopsKey)).First();
        var copy = await site.Get<ContentStructureService>().CopyAsync(path.Key, MlopsKey, includeDescendants: false, -1);
        Assert.True(copy.Succeeded);
        Assert.Equal(3, await CountPathsAsync());

        Assert.True((await site.Get<ContentPublishingService>().PublishAsync(copy.Document!.Key, -1)).Succeeded);
        Assert.Equal(4, await CountPathsAsync());

        Assert.True((await site.Get<ContentPublishingService>().UnpublishAsync(copy.Document.Key, -1)).Succeeded);
        Assert.Equal(3, await CountPathsAsync());

        Assert.True((await site.Get<ContentPublishingService>().PublishAsync(copy.Document.Key, -1)).Succeeded);
        Assert.True((await site.Get<ContentRecycleBinService>().TrashAsync(copy.Document.Key, -1)).Succeeded);
        Assert.Equal(3, await CountPathsAsync());

        Assert.True((await site.Get<ContentRecycleBinService>().RestoreAsync(copy.Document.Key, null, -1)).Succeeded);
        Assert.True((await site.Get<ContentPublishingService>().PublishAsync(copy.Document.Key, -1)).Succeeded);
        Assert.Equal(4, await CountPathsAsync());

        Assert.True((await site.Get<ContentRecycleBinService>().DeleteAsync(copy.Document.Key, -1)).Succeeded);
        Assert.Equal(3, await CountPathsAsync());
        var gone = await _client.GetAsync($"{Api}/item/{copy.Document.Key}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task UnpublishingAParent_HidesItsBranchFromQueries()
    {
        Assert.True((await _site.Get<ContentPublishingService>().UnpublishAsync(MlopsKey, -1)).Succeeded);

        Assert.Equal(0, await CountPathsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Api}/item/mlops-engineer")).StatusCode);

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(MlopsKey, -1)).Succeeded);
        Assert.Equal(3, await CountPathsAsync());
    }

    [Fact]
    public async Task Move_ReroutesTheBranch()
    {
        var backend = (await _client.GetObjectAsync($"{Api}/item/backend-developer"))["id"]!.GetValue<string>();
        var path = (await _client.GetObjectAsync($"{Api}/item/mlops-engineer/backend-developer-to-mlops-engineer"))["id"]!.GetValue<string>();

        Assert.True((await _site.Get<ContentStructureService>().MoveAsync(Guid.Parse(path), Guid.Parse(backend), -1)).Succeeded);

        var moved = await _client.GetObjectAsync($"{Api}/item/{path}");
        Assert.Equal("/backend-developer/backend-developer-to-mlops-engineer/", moved["route"]!["path"]!.GetValue<string>());
        Assert.Equal(2, await CountPathsAsync());
        var children = await _client.GetObjectAsync($"{Api}?fetch=children:backend-developer");
        Assert.Equal(1, children["total"]!.GetValue<long>());
    }

    private async Task<long> CountPathsAsync() =>
        (await _client.GetObjectAsync($"{Api}?fetch=children:{MlopsKey}&take=0"))["total"]!.GetValue<long>();
}
