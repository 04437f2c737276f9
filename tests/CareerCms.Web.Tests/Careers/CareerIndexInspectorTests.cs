using CareerCms.Plugin.Ports;

namespace CareerCms.Web.Tests.Careers;

/// <summary>The host reads back the computed fields its Delivery API index holds (what start-up compares).</summary>
public sealed class CareerIndexInspectorTests : IAsyncLifetime
{
    private CareerSite _site = null!;

    public async Task InitializeAsync() => _site = await CareerSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Read_GivesEachCareersCountsAndEachPathsEngagement()
    {
        var indexed = await _site.Site.Get<ICareerIndexInspector>().ReadAsync(CancellationToken.None);

        Assert.NotNull(indexed);
        Assert.Equal(new IndexedCareerValues(3, 0, null), indexed[StarterKeys.Mlops]);
        Assert.Equal(new IndexedCareerValues(0, 1, null), indexed[StarterKeys.SoftwareEngineer]);
        var baseline = _site.Site.Get<ICareerContentReader>().GetTransitionPath(StarterKeys.SoftwareEngineerPath)!.EngagementBaseline;
        Assert.Equal(new IndexedCareerValues(null, null, baseline), indexed[StarterKeys.SoftwareEngineerPath]);
        Assert.Equal(7 + 3, indexed.Count);
    }

    [Fact]
    public async Task Read_AfterAPathIsUnpublished_ItsTargetsIndexedCountFollows()
    {
        await _site.UnpublishAsync(StarterKeys.FrontendDeveloperPath);

        var indexed = await _site.Site.Get<ICareerIndexInspector>().ReadAsync(CancellationToken.None);

        Assert.Equal(2, indexed![StarterKeys.Mlops].PathCount);
    }
}
