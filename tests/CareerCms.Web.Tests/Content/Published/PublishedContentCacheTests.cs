using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Content.Published;

/// <summary>The published cache's children lists stay sorted and current through sort, move, unpublish and delete.</summary>
public sealed class PublishedContentCacheTests : IAsyncLifetime
{
    private static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    private static readonly Guid CareersKey = Guid.Parse("65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98");
    private static readonly Guid SkillsKey = Guid.Parse("51b25973-3d37-4139-9e30-c24e4719eb0d");
    private CareerCmsSite _site = null!;

    private PublishedContentCache Cache => _site.Get<PublishedContentCache>();

    public async Task InitializeAsync() => _site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task GetChildren_FollowsSortOrder_AfterASort()
    {
        var before = Cache.GetChildren(MlopsKey).Select(c => c.Key).ToArray();

        Assert.True((await _site.Get<ContentStructureService>().SortAsync(MlopsKey, [.. before.Reverse()], -1)).Succeeded);
        Assert.True((await _site.Get<ContentStructureService>().SortAsync(null, [SkillsKey, CareersKey], -1)).Succeeded);

        Assert.Equal(before.Reverse(), Cache.GetChildren(MlopsKey).Select(c => c.Key));
        Assert.Equal([SkillsKey, CareersKey], Cache.GetChildren(null).Select(c => c.Key));
    }

    [Fact]
    public async Task GetChildren_AfterAMove_LeavesTheOldParentAndJoinsTheNew()
    {
        var path = Cache.GetChildren(MlopsKey)[0];
        var backend = Cache.GetChildren(CareersKey).Single(c => c.UrlSegment == "backend-developer");

        Assert.True((await _site.Get<ContentStructureService>().MoveAsync(path.Key, backend.Key, -1)).Succeeded);

        Assert.DoesNotContain(Cache.GetChildren(MlopsKey), c => c.Key == path.Key);
        var moved = Assert.Single(Cache.GetChildren(backend.Key), c => c.Key == path.Key);
        Assert.Equal([CareersKey, backend.Key], moved.AncestorKeys);
    }

    [Fact]
    public async Task UnpublishAndDelete_DropTheWholeBranch_AndCountFollows()
    {
        var count = Cache.Count;
        var paths = Cache.GetChildren(MlopsKey);

        Assert.True((await _site.Get<ContentPublishingService>().UnpublishAsync(MlopsKey, -1)).Succeeded);
        Assert.Null(Cache.Get(MlopsKey));
        Assert.All(paths, p => Assert.Null(Cache.Get(p.Key)));
        Assert.Equal(count - 1 - paths.Count, Cache.Count);
        Assert.DoesNotContain(Cache.GetChildren(CareersKey), c => c.Key == MlopsKey);

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(MlopsKey, -1)).Succeeded);
        Assert.Equal(count, Cache.Count);
        Assert.Equal(paths.Select(p => p.Key), Cache.GetChildren(MlopsKey).Select(p => p.Key));

        Assert.True((await _site.Get<ContentRecycleBinService>().TrashAsync(MlopsKey, -1)).Succeeded);
        Assert.True((await _site.Get<ContentRecycleBinService>().DeleteAsync(MlopsKey, -1)).Succeeded);
        Assert.Equal(count - 1 - paths.Count, Cache.Count);
        Assert.Empty(Cache.GetChildren(MlopsKey));
    }
}
