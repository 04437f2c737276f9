using CareerCms.Web.DeliveryApi;
using CareerCms.Web.DeliveryApi.Output.Routing;
using CareerCms.Web.Tests.DeliveryApi.Output.Support;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Tests.DeliveryApi.Output;

public class DeliveryApiRouteBuilderTests
{
    [Theory]
    [InlineData(true, true, "/software-engineer/")]
    [InlineData(false, true, "/software-engineer/")]
    [InlineData(true, false, "/software-engineer")]
    [InlineData(false, false, "/software-engineer")]
    public void Build_WhenChildOfRoot_StripsRootSegmentWhateverHideTopLevel(bool hideTopLevel, bool trailingSlash, string expected)
    {
        using var site = new OutputTestSite();
        var builder = Builder(hideTopLevel, trailingSlash);

        var route = builder.Build(site.SoftwareEngineer, site.Source)!;

        Assert.Equal(expected, route.Path);
        Assert.Null(route.QueryString);
        Assert.Equal(OutputTestSite.CareersKey, route.StartItemId);
        Assert.Equal("careers", route.StartItemPath);
    }

    [Theory]
    [InlineData(true, "/mlops-engineer/software-engineer-to-mlops-engineer/")]
    [InlineData(false, "/mlops-engineer/software-engineer-to-mlops-engineer")]
    public void Build_WhenDeeper_JoinsSegmentsBelowRoot(bool trailingSlash, string expected)
    {
        using var site = new OutputTestSite();

        Assert.Equal(expected, Builder(true, trailingSlash).Build(site.Transition, site.Source)!.Path);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Build_WhenRootItself_IsSlashAndStartsAtItself(bool hideTopLevel, bool trailingSlash)
    {
        using var site = new OutputTestSite();

        var route = Builder(hideTopLevel, trailingSlash).Build(site.Skills, site.Source)!;

        Assert.Equal("/", route.Path);
        Assert.Equal(OutputTestSite.SkillsKey, route.StartItemId);
        Assert.Equal("skills", route.StartItemPath);
    }

    [Fact]
    public void Build_WhenAncestorNotVisible_IsNotRoutable()
    {
        using var site = new OutputTestSite();
        site.Source.Remove(OutputTestSite.MlopsKey);

        Assert.Null(Builder(true, true).Build(site.Transition, site.Source));
    }

    [Theory]
    [InlineData(true, "/preview-b7d63d91-06d0-4359-aef0-858371c765fc/")]
    [InlineData(false, "/preview-b7d63d91-06d0-4359-aef0-858371c765fc")]
    public void Build_WhenNeverPublished_UsesPreviewPath(bool trailingSlash, string expected)
    {
        using var site = new OutputTestSite(preview: true);

        var route = Builder(true, trailingSlash).Build(site.Transition, site.Source, neverPublished: true)!;

        Assert.Equal(expected, route.Path);
        Assert.Equal(OutputTestSite.CareersKey, route.StartItemId);
    }

    [Fact]
    public void ToJson_WritesUmbracoShape()
    {
        using var site = new OutputTestSite();

        var json = Builder(true, true).Build(site.SoftwareEngineer, site.Source)!.ToJson();

        JsonAssert.Equal("""
            {"path":"/software-engineer/","queryString":null,"startItem":{"id":"65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98","path":"careers"}}
            """, json);
    }

    private static DeliveryApiRouteBuilder Builder(bool hideTopLevel, bool trailingSlash)
    {
        var settings = new DeliveryApiSettings { HideTopLevelNodeFromPath = hideTopLevel, AddTrailingSlash = trailingSlash };
        return new DeliveryApiRouteBuilder(new StaticOptionsMonitor<DeliveryApiSettings>(settings));
    }
}
