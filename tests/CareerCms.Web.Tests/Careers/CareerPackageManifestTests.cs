using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Careers;

/// <summary>App_Plugins/CareerCms: the manifest declares the dashboard and the workspace view, and their modules are served.</summary>
public sealed class CareerPackageManifestTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Fact]
    public async Task Manifest_DeclaresTheDashboardAndTheTransitionPathWorkspaceView()
    {
        var manifest = JsonNode.Parse(await _client.GetStringAsync("/App_Plugins/CareerCms/umbraco-package.json"))!;
        var extensions = manifest["extensions"]!.AsArray().ToDictionary(e => e!["alias"]!.GetValue<string>());

        var dashboard = extensions["CareerCms.Dashboard.PathCounts"]!;
        Assert.Equal("dashboard", dashboard["type"]!.GetValue<string>());
        Assert.Equal(("Umb.Condition.SectionAlias", "Umb.Section.Content"), Condition(dashboard, 0));
        var view = extensions["CareerCms.WorkspaceView.SkillGap"]!;
        Assert.Equal("workspaceView", view["type"]!.GetValue<string>());
        Assert.Equal(("Umb.Condition.WorkspaceAlias", "Umb.Workspace.Document"), Condition(view, 0));
        Assert.Equal(("Umb.Condition.WorkspaceContentTypeAlias", "transitionPath"), Condition(view, 1));

        foreach (var element in extensions.Values.Select(e => e!["element"]!.GetValue<string>()).Append("/App_Plugins/CareerCms/careercms-api.js"))
        {
            var response = await _client.GetAsync(element);
            Assert.True(response.StatusCode == HttpStatusCode.OK, element);
            Assert.Contains("javascript", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        }
    }

    private static (string, string) Condition(JsonNode extension, int index) =>
        (extension["conditions"]![index]!["alias"]!.GetValue<string>(), extension["conditions"]![index]!["match"]!.GetValue<string>());
}
