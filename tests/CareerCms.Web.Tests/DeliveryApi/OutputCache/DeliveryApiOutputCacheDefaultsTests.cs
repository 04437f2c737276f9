using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.OutputCache;

/// <summary>Output caching is opt-in: the shared site (no OutputCache settings) never serves from a cache.</summary>
public sealed class DeliveryApiOutputCacheDefaultsTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    [Fact]
    public async Task WithoutConfiguration_NothingIsCached()
    {
        var client = fixture.Site.CreateClient();

        await client.GetAsync("/umbraco/delivery/api/v2/content/item/mlops-engineer");
        var second = await client.GetAsync("/umbraco/delivery/api/v2/content/item/mlops-engineer");

        Assert.Null(second.Headers.Age);
    }
}
