using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.DeliveryApi.Endpoints;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Careers;

/// <summary>The backoffice skill-gap view's data for the starter paths.</summary>
public sealed class TransitionPathSkillGapEndpointTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>, IAsyncLifetime
{
    private const string Url = "/umbraco/management/api/v1/career-cms/transition-paths/{0}/skill-gap";
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = (await Backoffice.BackofficeClient.SignInAsync(fixture.Site)).Http;

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SkillGap_SoftwareEngineerToMlops_ShowsTheAnalysisBesideTheEditorsValues()
    {
        var view = await _client.GetObjectAsync(string.Format(null, Url, StarterKeys.SoftwareEngineerPath));

        Assert.Equal(52.9, view["readiness"]!.GetValue<double>());
        Assert.Equal("Software Engineer", view["fromCareer"]!["name"]!.GetValue<string>());
        Assert.Equal("MLOps Engineer", view["targetCareer"]!["name"]!.GetValue<string>());
        Assert.Equal(8, view["gaps"]!.AsArray().Count);
        Assert.Equal(4, view["transferableSkills"]!.AsArray().Count);
        Assert.Equal(("Moderate", "Moderate", false), Compare(view["difficulty"]!, n => n.GetValue<string>()));
        Assert.Equal(((6, 9), (10, 15), true), Compare(view["durationMonths"]!, Range));
        Assert.Equal(((40, 60), (-19, 100), true), Compare(view["salaryChangePercent"]!, Range));
        Assert.Equal(545, view["effort"]!["hours"]!.GetValue<double>());
        Assert.Equal(4, view["roadmap"]!["editor"]!.AsArray().Count);
        Assert.NotEmpty(view["roadmap"]!["suggested"]!.AsArray());
        Assert.Empty(view["roadmap"]!["cycles"]!.AsArray());
    }

    [Fact]
    public async Task SkillGap_WhenNotAPublishedPath_Answers404()
    {
        var problem = await _client.GetObjectAsync(string.Format(null, Url, StarterKeys.Mlops), HttpStatusCode.NotFound);

        Assert.Equal("Transition path not published", problem["title"]!.GetValue<string>());
    }

    private static (T Editor, T Suggested, bool Differs) Compare<T>(JsonNode node, Func<JsonNode, T> read) =>
        (read(node["editor"]!), read(node["suggested"]!), node["differs"]!.GetValue<bool>());

    private static (int, int) Range(JsonNode node) => (node["min"]!.GetValue<int>(), node["max"]!.GetValue<int>());
}
