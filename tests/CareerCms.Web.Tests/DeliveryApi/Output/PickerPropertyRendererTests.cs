using System.Text.Json.Nodes;
using CareerCms.Web.Tests.DeliveryApi.Output.Support;

namespace CareerCms.Web.Tests.DeliveryApi.Output;

/// <summary>Content picker, multinode treepicker, media picker 3 and multi URL picker.</summary>
public class PickerPropertyRendererTests
{
    private static readonly string Python = OutputTestSite.Udi(OutputTestSite.PythonKey);
    private static readonly string Kubernetes = OutputTestSite.Udi(OutputTestSite.KubernetesKey);

    [Fact]
    public void ContentPicker_WhenPicked_RendersShallowContent()
    {
        using var site = new OutputTestSite();

        var skill = site.RenderCareerProperty("featuredSkill", Python);

        JsonAssert.Equal("""
            {"contentType":"skill","name":"Python","createDate":"2025-03-04T09:10:00Z","updateDate":"2025-05-01T12:00:00.123Z",
             "route":{"path":"/python/","queryString":null,"startItem":{"id":"51b25973-3d37-4139-9e30-c24e4719eb0d","path":"skills"}},
             "id":"c337f547-a34b-46e6-abea-b9a468480ce3","properties":{}}
            """, skill);
    }

    [Theory]
    [InlineData("")]
    [InlineData("umb://document/00000000000000000000000000000001")]
    [InlineData("umb://media/c337f547a34b46e6abeab9a468480ce3")]
    public void ContentPicker_WhenEmptyMissingOrNotDocument_RendersNull(string raw)
    {
        using var site = new OutputTestSite();

        Assert.Null(site.RenderCareerProperty("featuredSkill", raw));
    }

    [Fact]
    public void ContentPicker_WhenPickedItemUnpublished_RendersNull()
    {
        using var site = new OutputTestSite();
        site.Source.Remove(OutputTestSite.PythonKey);

        Assert.Null(site.RenderCareerProperty("featuredSkill", Python));
    }

    [Fact]
    public void MultiNodeTreePicker_RendersArrayInPickOrderSkippingMissing()
    {
        using var site = new OutputTestSite();

        var items = (JsonArray)site.RenderCareerProperty("relatedCareers", $"{Kubernetes},umb://document/00000000000000000000000000000001,{Python}")!;

        Assert.Equal(["Kubernetes", "Python"], items.Select(i => (string?)i!["name"]));
        Assert.All(items, i => JsonAssert.Equal("{}", i!["properties"]));
        Assert.All(items, i => Assert.False(((JsonObject)i!).ContainsKey("cultures")));
    }

    [Fact]
    public void MultiNodeTreePicker_WhenSinglePick_IsStillAnArray()
    {
        using var site = new OutputTestSite();

        Assert.Single((JsonArray)site.RenderCareerProperty("relatedCareers", Python)!);
    }

    [Fact]
    public void MultiNodeTreePicker_WhenExpanded_RendersProperties()
    {
        using var site = new OutputTestSite();

        var items = site.RenderCareerProperty("relatedCareers", Kubernetes, expand: "properties[relatedCareers]")!;

        Assert.Equal("Kubernetes", (string?)items[0]!["properties"]!["title"]);
    }

    [Fact]
    public void MultiNodeTreePicker_WhenEmpty_RendersNull()
    {
        using var site = new OutputTestSite();

        Assert.Null(site.RenderCareerProperty("relatedCareers", string.Empty));
    }

    [Fact]
    public void MediaPicker_WhenMediaCannotBeResolved_RendersEmptyArray()
    {
        using var site = new OutputTestSite();

        var stored = """[{"key":"6e0f6c5a-0c8e-4a4e-9d0a-1a2b3c4d5e6f","mediaKey":"2f5e1a9b-3c4d-4e5f-8a9b-0c1d2e3f4a5b","mediaTypeAlias":"Image","crops":[],"focalPoint":null}]""";

        JsonAssert.Equal("[]", site.RenderCareerProperty("heroImage", stored));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    public void MediaPicker_WhenEmpty_RendersNull(string raw)
    {
        using var site = new OutputTestSite();

        Assert.Null(site.RenderCareerProperty("gallery", raw));
    }

    [Fact]
    public void MediaPicker_WhenEntryCarriesUrl_RendersMediaWithCropsShape()
    {
        using var site = new OutputTestSite();
        var stored = """
            [{"key":"6e0f6c5a-0c8e-4a4e-9d0a-1a2b3c4d5e6f","mediaKey":"2f5e1a9b-3c4d-4e5f-8a9b-0c1d2e3f4a5b","mediaTypeAlias":"Image",
              "name":"Team","url":"/media/abc/team.JPG","width":1600,"height":900,"bytes":123456,
              "crops":[{"alias":"wide","coordinates":{"x1":0.1,"y1":0.2,"x2":0.3,"y2":0.4}}],"focalPoint":{"left":0.5,"top":0.4}},
             {"key":"7e0f6c5a-0c8e-4a4e-9d0a-1a2b3c4d5e6f","mediaKey":"3f5e1a9b-3c4d-4e5f-8a9b-0c1d2e3f4a5b","url":"/media/other.png"}]
            """;

        var media = (JsonArray)site.RenderCareerProperty("heroImage", stored)!;

        JsonAssert.Equal("""
            [{"focalPoint":{"left":0.5,"top":0.4},
              "crops":[{"alias":"wide","width":1200,"height":600,"coordinates":{"x1":0.1,"y1":0.2,"x2":0.3,"y2":0.4}},
                       {"alias":"square","width":400,"height":400,"coordinates":null}],
              "id":"2f5e1a9b-3c4d-4e5f-8a9b-0c1d2e3f4a5b","name":"Team","mediaType":"Image","url":"/media/abc/team.JPG",
              "extension":"jpg","width":1600,"height":900,"bytes":123456,"properties":{}}]
            """, media);
        Assert.Equal(["focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"], JsonAssert.Keys(media[0]));
    }

    [Fact]
    public void MultiUrlPicker_WhenExternalLinks_RendersLinkShape()
    {
        using var site = new OutputTestSite();
        var stored = """
            [{"name":"Google Machine Learning Crash Course","target":"_blank","type":"external","unique":null,
              "url":"https://developers.google.com/machine-learning/crash-course","queryString":null},
             {"name":"Search","target":null,"type":"external","unique":null,"url":"https://example.com/find","queryString":"?q=ml"}]
            """;

        var links = site.RenderCareerProperty("links", stored);

        JsonAssert.Equal("""
            [{"url":"https://developers.google.com/machine-learning/crash-course","queryString":null,"title":"Google Machine Learning Crash Course",
              "target":"_blank","destinationId":null,"destinationType":null,"route":null,"linkType":"External"},
             {"url":"https://example.com/find?q=ml","queryString":"?q=ml","title":"Search","target":null,
              "destinationId":null,"destinationType":null,"route":null,"linkType":"External"}]
            """, links);
        Assert.Equal(["url", "queryString", "title", "target", "destinationId", "destinationType", "route", "linkType"], JsonAssert.Keys(links![0]));
    }

    [Theory]
    [InlineData("""[{"name":"","target":null,"type":"document","unique":"c337f547-a34b-46e6-abea-b9a468480ce3","url":null,"queryString":"#intro"}]""")]
    [InlineData("""[{"name":"","target":null,"udi":"umb://document/c337f547a34b46e6abeab9a468480ce3","url":null,"queryString":"#intro"}]""")]
    public void MultiUrlPicker_WhenContentLink_RendersRouteAndNullUrl(string stored)
    {
        using var site = new OutputTestSite();

        var links = site.RenderCareerProperty("links", stored);

        JsonAssert.Equal("""
            [{"url":null,"queryString":"#intro","title":"Python","target":null,"destinationId":"c337f547-a34b-46e6-abea-b9a468480ce3",
              "destinationType":"skill",
              "route":{"path":"/python/","queryString":null,"startItem":{"id":"51b25973-3d37-4139-9e30-c24e4719eb0d","path":"skills"}},
              "linkType":"Content"}]
            """, links);
    }

    [Fact]
    public void MultiUrlPicker_WhenContentMissingOrMediaUnresolvable_LeavesLinkOut()
    {
        using var site = new OutputTestSite();
        var stored = """
            [{"name":"Gone","type":"document","unique":"00000000-0000-0000-0000-000000000001"},
             {"name":"Brochure","type":"media","unique":"2f5e1a9b-3c4d-4e5f-8a9b-0c1d2e3f4a5b","url":null}]
            """;

        JsonAssert.Equal("[]", site.RenderCareerProperty("links", stored));
    }

    [Fact]
    public void MultiUrlPicker_StoredScriptUrlsAndAttributeBreakingTargets_AreNeverServed()
    {
        using var site = new OutputTestSite();
        var stored = """
            [{"name":"Click","target":"_blank","type":"external","url":"javascript:alert(document.cookie)","queryString":null},
             {"name":"Tabbed","target":null,"type":"external","url":"java\tscript:alert(1)","queryString":null},
             {"name":"Data","target":null,"type":"external","url":"data:text/html,<script>alert(1)</script>","queryString":null},
             {"name":"Fine","target":"\"><script>alert(1)</script>","type":"external","url":"https://example.com/","queryString":null}]
            """;

        JsonAssert.Equal("""
            [{"url":"https://example.com/","queryString":null,"title":"Fine","target":null,"destinationId":null,"destinationType":null,"route":null,"linkType":"External"}]
            """, site.RenderCareerProperty("links", stored));
    }

    [Theory]
    [InlineData("""[{"name":"x","type":"external","url":"javascript:alert(1)"}]""")]
    [InlineData("""[{"name":"x","type":"external","url":" JavaScript:alert(1)"}]""")]
    [InlineData("""[{"name":"x","type":"external","url":"vbscript:msgbox(1)"}]""")]
    [InlineData("""[{"name":"x","type":"external","url":"https://example.com/","target":"_blank\" onmouseover=\"alert(1)"}]""")]
    public void MultiUrlPicker_UnsafeUrlOrTarget_IsRefusedAtValidation(string value) =>
        Assert.NotNull(CareerCms.Web.Content.Editors.EditorValueRules.Check(CareerCms.Web.Content.Editors.EditorCatalog.MultiUrlPicker, [], value));

    [Theory]
    [InlineData("""[{"name":"x","type":"external","url":"https://example.com/a?b=c#d","target":"_blank"}]""")]
    [InlineData("""[{"name":"x","type":"external","url":"mailto:hello@example.com"}]""")]
    [InlineData("""[{"name":"x","type":"external","url":"/careers/#top","target":"_self"}]""")]
    public void MultiUrlPicker_OrdinaryLinks_AreAccepted(string value) =>
        Assert.Null(CareerCms.Web.Content.Editors.EditorValueRules.Check(CareerCms.Web.Content.Editors.EditorCatalog.MultiUrlPicker, [], value));

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    public void MultiUrlPicker_WhenEmpty_RendersNull(string raw)
    {
        using var site = new OutputTestSite();

        Assert.Null(site.RenderCareerProperty("links", raw));
    }
}
