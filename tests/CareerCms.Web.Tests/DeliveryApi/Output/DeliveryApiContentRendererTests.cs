using System.Text.Json.Nodes;
using CareerCms.Web.Tests.DeliveryApi.Output.Support;

namespace CareerCms.Web.Tests.DeliveryApi.Output;

public class DeliveryApiContentRendererTests
{
    [Fact]
    public void Render_WhenTopLevel_WritesSystemKeysInUmbracoOrder()
    {
        using var site = new OutputTestSite();

        var json = site.Render(site.SoftwareEngineer)!;

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"], JsonAssert.Keys(json));
        Assert.Equal("career", (string?)json["contentType"]);
        Assert.Equal("Software Engineer", (string?)json["name"]);
        Assert.Equal("2025-03-04T09:10:00Z", (string?)json["createDate"]);
        Assert.Equal("2025-05-01T12:00:00.123Z", (string?)json["updateDate"]);
        Assert.Equal("dfc28153-bef7-4c17-9c8c-5daa1b831253", (string?)json["id"]);
        JsonAssert.Equal("""
            {"path":"/software-engineer/","queryString":null,"startItem":{"id":"65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98","path":"careers"}}
            """, json["route"]);
        JsonAssert.Equal("{}", json["cultures"]);
    }

    [Fact]
    public void Render_WhenCulturesNotRequested_OmitsCultures()
    {
        using var site = new OutputTestSite();

        Assert.False(site.Render(site.SoftwareEngineer, includeCultures: false)!.ContainsKey("cultures"));
    }

    [Fact]
    public void Render_WhenPropertiesEmpty_WritesEveryPropertyOfTheTypeAndCompositions()
    {
        using var site = new OutputTestSite();

        var properties = (JsonObject)site.Render(site.Mlops)!["properties"]!;

        var expected = OutputTestSchema.CareerProperties.Select(p => p.Alias).Append("metaTitle");
        Assert.Equal(expected, JsonAssert.Keys(properties));
        Assert.All(properties, p => Assert.Null(p.Value));
    }

    [Fact]
    public void Render_WhenStarterValues_RendersTypedValues()
    {
        using var site = new OutputTestSite();

        var properties = site.Render(site.SoftwareEngineer)!["properties"]!;

        Assert.Equal("Designs, builds, tests and maintains the software systems that products run on.", (string?)properties["summary"]);
        Assert.Equal(25, (int)properties["growthRate"]!);
        Assert.Equal("Mid", (string?)properties["experienceLevel"]);
        Assert.Null(properties["relatedCareers"]);
    }

    [Fact]
    public void Render_WhenNotRoutable_ReturnsNull()
    {
        using var site = new OutputTestSite();
        site.Source.Remove(OutputTestSite.MlopsKey);

        Assert.Null(site.Render(site.Transition));
    }

    [Fact]
    public void Render_WhenNeverPublishedInPreview_UsesPreviewPath()
    {
        using var site = new OutputTestSite(preview: true);
        site.NeverPublished.Add(OutputTestSite.SoftwareEngineerKey);

        Assert.Equal("/preview-dfc28153-bef7-4c17-9c8c-5daa1b831253/", (string?)site.Render(site.SoftwareEngineer)!["route"]!["path"]);
    }

    [Fact]
    public void Render_WhenFieldsNamesAliasWithoutWrapper_WritesNoProperties()
    {
        using var site = new OutputTestSite();

        var json = site.Render(site.SoftwareEngineer, fields: "summary")!;

        JsonAssert.Equal("{}", json["properties"]);
        Assert.Equal("Software Engineer", (string?)json["name"]);
        Assert.NotNull(json["route"]);
    }

    [Fact]
    public void Render_WhenFieldsListsAliases_KeepsOnlyThose()
    {
        using var site = new OutputTestSite();

        var properties = site.Render(site.SoftwareEngineer, fields: "properties[growthRate,summary,metaTitle]")!["properties"];

        Assert.Equal(["summary", "growthRate", "metaTitle"], JsonAssert.Keys(properties));
    }

    [Fact]
    public void Render_WhenPickerNotExpanded_WritesShallowEnvelopeWithoutCultures()
    {
        using var site = new OutputTestSite();
        var career = site.Add("career", "Data Engineer", site.Careers, values: new() { ["featuredSkill"] = OutputTestSite.Udi(OutputTestSite.KubernetesKey) });

        var skill = site.Render(career)!["properties"]!["featuredSkill"]!;

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties"], JsonAssert.Keys(skill));
        JsonAssert.Equal("{}", skill["properties"]);
        Assert.Equal("/kubernetes/", (string?)skill["route"]!["path"]);
        Assert.Equal("skills", (string?)skill["route"]!["startItem"]!["path"]);
    }

    [Fact]
    public void Render_WhenAliasExpanded_WritesPickedPropertiesButKeepsTheirPickersShallow()
    {
        using var site = new OutputTestSite();
        var career = site.Add("career", "Data Engineer", site.Careers, values: new() { ["featuredSkill"] = OutputTestSite.Udi(OutputTestSite.KubernetesKey) });

        var skill = site.Render(career, expand: "properties[featuredSkill]")!["properties"]!["featuredSkill"]!;

        Assert.Equal("Kubernetes", (string?)skill["properties"]!["title"]);
        JsonAssert.Equal("{}", skill["properties"]!["prerequisite"]!["properties"]);
    }

    [Fact]
    public void Render_WhenExpandAll_ExpandsOneLevelOnly()
    {
        using var site = new OutputTestSite();
        var career = site.Add("career", "Data Engineer", site.Careers, values: new() { ["featuredSkill"] = OutputTestSite.Udi(OutputTestSite.KubernetesKey) });

        var skill = site.Render(career, expand: "properties[$all]")!["properties"]!["featuredSkill"]!;

        Assert.Equal("Kubernetes", (string?)skill["properties"]!["title"]);
        JsonAssert.Equal("{}", skill["properties"]!["prerequisite"]!["properties"]);
    }

    [Theory]
    [InlineData("properties[featuredSkill[properties[prerequisite]]]")]
    [InlineData("properties[$all[properties[$all]]]")]
    public void Render_WhenNestedExpand_ExpandsTwoLevels(string expand)
    {
        using var site = new OutputTestSite();
        var career = site.Add("career", "Data Engineer", site.Careers, values: new() { ["featuredSkill"] = OutputTestSite.Udi(OutputTestSite.KubernetesKey) });

        var prerequisite = site.Render(career, expand: expand)!["properties"]!["featuredSkill"]!["properties"]!["prerequisite"]!;

        Assert.Equal("Python", (string?)prerequisite["properties"]!["title"]);
    }

    [Fact]
    public void Render_WhenExpandNamesAliasWithoutWrapper_ExpandsNothing()
    {
        using var site = new OutputTestSite();
        var career = site.Add("career", "Data Engineer", site.Careers, values: new() { ["featuredSkill"] = OutputTestSite.Udi(OutputTestSite.KubernetesKey) });

        JsonAssert.Equal("{}", site.Render(career, expand: "featuredSkill")!["properties"]!["featuredSkill"]!["properties"]);
    }

    [Fact]
    public void Render_WhenNestedFields_LimitsInsideTheExpandedItem()
    {
        using var site = new OutputTestSite();
        var career = site.Add("career", "Data Engineer", site.Careers, values: new() { ["featuredSkill"] = OutputTestSite.Udi(OutputTestSite.KubernetesKey) });

        var json = site.Render(career, expand: "properties[featuredSkill]", fields: "properties[featuredSkill[properties[title]]]")!;

        Assert.Equal(["featuredSkill"], JsonAssert.Keys(json["properties"]));
        Assert.Equal(["title"], JsonAssert.Keys(json["properties"]!["featuredSkill"]!["properties"]));
    }

    [Fact]
    public void Render_WhenPickedTypeDisallowed_WritesNull()
    {
        using var site = new OutputTestSite(settings => settings.DisallowedContentTypeAliases = ["skill"]);
        var career = site.Add("career", "Data Engineer", site.Careers, values: new() { ["featuredSkill"] = OutputTestSite.Udi(OutputTestSite.KubernetesKey) });

        Assert.Null(site.Render(career)!["properties"]!["featuredSkill"]);
    }

    [Fact]
    public void RenderAll_WhenSomeNotRoutable_LeavesThemOut()
    {
        using var site = new OutputTestSite();
        site.Source.Remove(OutputTestSite.MlopsKey);

        var items = site.Renderer.RenderAll(
            [site.SoftwareEngineer, site.Transition, site.Python],
            CareerCms.Web.DeliveryApi.Output.RenderRequest.Create(site.Source, null, null));

        Assert.Equal(["Software Engineer", "Python"], items.Select(i => (string?)i["name"]));
    }
}
