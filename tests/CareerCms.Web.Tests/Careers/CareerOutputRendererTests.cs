using System.Text.Json.Nodes;
using CareerCms.Plugin.DeliveryApi.Output;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.DeliveryApi;
using CareerCms.Web.DeliveryApi.Output;
using CareerCms.Web.DeliveryApi.Output.Expansion;
using CareerCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Tests.Careers;

/// <summary>
/// The host renders the plugin's computed editors (path counts, skill gap, engagement) through its property
/// renderer registry; a document type gets them by adding a property of a data type with one of these editors.
/// </summary>
public sealed class CareerOutputRendererTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    [Theory]
    [InlineData(CareerOutputEditors.PathCounts)]
    [InlineData(CareerOutputEditors.SkillGap)]
    [InlineData(CareerOutputEditors.Engagement)]
    public void Registry_ResolvesThePluginsRenderer(string editor) =>
        Assert.IsType<CareerCms.Web.Careers.CareerOutputPropertyRenderer>(fixture.Site.Get<DeliveryApiPropertyRendererRegistry>().Resolve(editor));

    [Fact]
    public void PathCounts_OfMlops_AreThreeModeratePaths()
    {
        var json = Render(CareerOutputEditors.PathCounts, StarterKeys.Mlops)!.AsObject();

        Assert.Equal(3, json["transitionPathCount"]!.GetValue<int>());
        Assert.Equal((0, 3, 0), (json["transitionPathCountByDifficulty"]!["easy"]!.GetValue<int>(),
            json["transitionPathCountByDifficulty"]!["moderate"]!.GetValue<int>(), json["transitionPathCountByDifficulty"]!["hard"]!.GetValue<int>()));
        Assert.Equal(0, json["outgoingPathCount"]!.GetValue<int>());
    }

    [Fact]
    public void SkillGapAndEngagement_OfTheSoftwareEngineerPath()
    {
        var skillGap = Render(CareerOutputEditors.SkillGap, StarterKeys.SoftwareEngineerPath)!;
        var engagement = Render(CareerOutputEditors.Engagement, StarterKeys.SoftwareEngineerPath)!;

        Assert.Equal(52.9, skillGap["readiness"]!.GetValue<double>());
        Assert.Equal("Moderate", skillGap["difficulty"]!["editor"]!.GetValue<string>());
        Assert.True(engagement.GetValue<long>() >= 217);
    }

    [Fact]
    public void SkillGap_OfACareer_IsNull() => Assert.Null(Render(CareerOutputEditors.SkillGap, StarterKeys.Mlops));

    private JsonNode? Render(string editor, Guid owner)
    {
        var document = fixture.Site.Get<PublishedContentCache>().Get(owner)!;
        var renderer = fixture.Site.Get<DeliveryApiPropertyRendererRegistry>().Resolve(editor);
        return renderer.Render(new PropertyRenderContext
        {
            PropertyType = new PropertyTypeDefinition { Key = Guid.NewGuid(), Name = "Computed", Alias = "computed", DataTypeKey = Guid.NewGuid(), EditorAlias = editor },
            Configuration = [],
            Owner = document,
            Expansion = new OutputExpansionScope(null, null),
            Source = new PublishedContentSource(fixture.Site.Get<PublishedContentCache>()),
            Settings = fixture.Site.Get<IOptions<DeliveryApiSettings>>().Value,
            ContentRenderer = _ => null,
            ElementRenderer = _ => null,
            RouteBuilder = _ => null,
        });
    }
}
