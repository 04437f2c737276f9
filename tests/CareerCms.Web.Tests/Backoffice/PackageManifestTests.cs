using System.Net;
using System.Text.Json.Nodes;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>
/// GET manifest/manifest: every dashboard comes from a package manifest, the host's built-in Examine Management and
/// uSync packages (served from wwwroot/umbraco/backoffice/dashboards) first, then App_Plugins; signed-in users only.
/// </summary>
public sealed class PackageManifestTests(BackofficeSiteFixture fixture) : IClassFixture<BackofficeSiteFixture>
{
    [Fact]
    public async Task Manifests_ListTheBuiltInPackagesThenAppPlugins_WithTheirDashboardsInTheirSections()
    {
        var manifests = (await fixture.Admin.GetJsonAsync("/manifest/manifest")).AsArray();

        Assert.Equal(["Examine Management", "uSync", "CareerCms"], manifests.Select(m => m!["name"]!.GetValue<string>()));
        var dashboards = manifests.SelectMany(m => m!["extensions"]!.AsArray()).Where(e => e!["type"]!.GetValue<string>() == "dashboard")
            .ToDictionary(e => e!["alias"]!.GetValue<string>(), e => e!);
        Assert.Equal("Umb.Section.Settings", SectionOf(dashboards["Umb.Dashboard.ExamineManagement"]));
        Assert.Equal("examine-management", dashboards["Umb.Dashboard.ExamineManagement"]["meta"]!["pathname"]!.GetValue<string>());
        Assert.Equal("Umb.Section.Settings", SectionOf(dashboards["USync.Dashboard"]));
        Assert.Equal("Umb.Section.Content", SectionOf(dashboards["CareerCms.Dashboard.PathCounts"]));

        foreach (var element in dashboards.Values.Select(d => d["element"]!.GetValue<string>()))
        {
            var response = await fixture.Admin.Http.GetAsync(element);
            Assert.True(response.StatusCode == HttpStatusCode.OK, element);
            Assert.Contains("javascript", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Manifests_WithoutASignedInUser_Are401()
    {
        using var anonymous = new BackofficeClient(fixture.Site);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/manifest/manifest")).StatusCode);
    }

    private static string SectionOf(JsonNode extension) =>
        extension["conditions"]!.AsArray().Single(c => c!["alias"]!.GetValue<string>() == "Umb.Condition.SectionAlias")!["match"]!.GetValue<string>();
}
