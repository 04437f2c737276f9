using System.Text.Json.Nodes;
using CareerCms.Web.Tests.DeliveryApi.Output.Support;

namespace CareerCms.Web.Tests.DeliveryApi.Output;

public class RichTextRendererTests
{
    private const string Starter = """{"markup":"<p>Software Engineers turn requirements into reliable, maintainable software.</p>","blocks":null}""";
    private const string BlockKey = "1f20eca9-2ee4-4b30-a1b9-b6633d75ea2a";

    private static readonly string WithBlock = $$$"""
        {"markup":"<p>Intro</p><umb-rte-block data-content-key=\"{{{BlockKey}}}\"><!--Umbraco-Block--></umb-rte-block>",
         "blocks":{"layout":{"Umbraco.RichText":[{"contentKey":"{{{BlockKey}}}","settingsKey":null}]},
                   "contentData":[{"contentTypeKey":"{{{OutputTestSchema.CalloutType}}}","key":"{{{BlockKey}}}","values":[
                      {"editorAlias":"Umbraco.TextBox","alias":"text","value":"Read this"},
                      {"editorAlias":"Umbraco.ContentPicker","alias":"skill","value":"umb://document/c337f547a34b46e6abeab9a468480ce3"}]}],
                   "settingsData":[],"expose":[{"contentKey":"{{{BlockKey}}}","culture":null,"segment":null}]}}
        """;

    [Fact]
    public void Markup_WhenStarterValue_RendersMarkupAndNoBlocks()
    {
        using var site = new OutputTestSite();

        JsonAssert.Equal("""
            {"markup":"<p>Software Engineers turn requirements into reliable, maintainable software.</p>","blocks":[]}
            """, site.RenderCareerProperty("description", Starter));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("""{"markup":"","blocks":null}""")]
    [InlineData("""{"markup":"<p></p>","blocks":null}""")]
    public void Markup_WhenNoContent_RendersNull(string? raw)
    {
        using var site = new OutputTestSite();

        Assert.Null(site.RenderCareerProperty("description", raw));
    }

    [Fact]
    public void Markup_WhenLegacyPlainHtml_IsTakenAsMarkup()
    {
        using var site = new OutputTestSite();

        Assert.Equal("<p>Old</p>", (string?)site.RenderCareerProperty("description", "<p>Old</p>")!["markup"]);
    }

    [Theory]
    [InlineData("<a href=\\\"/{localLink:c337f547-a34b-46e6-abea-b9a468480ce3}\\\" type=\\\"document\\\" title=\\\"Py\\\">Python</a>", "")]
    [InlineData("<a href=\\\"/{localLink:umb://document/c337f547a34b46e6abeab9a468480ce3}#setup\\\" title=\\\"Py\\\">Python</a>", "#setup")]
    public void Markup_WhenContentLocalLink_WritesRouteHrefAndStartItem(string link, string postfix)
    {
        using var site = new OutputTestSite();

        var markup = (string?)site.RenderCareerProperty("description", $$"""{"markup":"<p>See {{link}}.</p>","blocks":null}""")!["markup"];

        Assert.Equal(
            $"<p>See <a href=\"/python/{postfix}\" title=\"Py\" data-destination-id=\"c337f547-a34b-46e6-abea-b9a468480ce3\" data-destination-type=\"skill\" "
            + "data-start-item-path=\"skills\" data-start-item-id=\"51b25973-3d37-4139-9e30-c24e4719eb0d\" data-link-type=\"Content\">Python</a>.</p>",
            markup);
    }

    [Fact]
    public void Markup_WhenLocalLinkTargetMissing_RemovesHref()
    {
        using var site = new OutputTestSite();
        var raw = """{"markup":"<p><a href=\"/{localLink:00000000-0000-0000-0000-000000000001}\" type=\"document\">Gone</a></p>","blocks":null}""";

        Assert.Equal("<p><a>Gone</a></p>", (string?)site.RenderCareerProperty("description", raw)!["markup"]);
    }

    [Fact]
    public void Markup_WhenBlocks_WritesContentIdTagAndRendersBlockItems()
    {
        using var site = new OutputTestSite();

        var value = site.RenderCareerProperty("description", WithBlock)!;

        Assert.Equal($"<p>Intro</p><umb-rte-block data-content-id=\"{BlockKey}\"></umb-rte-block>", (string?)value["markup"]);
        var block = Assert.Single((JsonArray)value["blocks"]!)!;
        Assert.Equal("callout", (string?)block["content"]!["contentType"]);
        Assert.Equal("Read this", (string?)block["content"]!["properties"]!["text"]);
        JsonAssert.Equal("{}", block["content"]!["properties"]!["skill"]!["properties"]);
        Assert.Null(block["settings"]);
    }

    [Fact]
    public void Markup_WhenExpandedThroughRichTextPath_ExpandsPickerInBlock()
    {
        using var site = new OutputTestSite();

        var value = site.RenderCareerProperty("description", WithBlock, expand: "properties[description[properties[skill]]]")!;

        Assert.Equal("Python", (string?)value["blocks"]![0]!["content"]!["properties"]!["skill"]!["properties"]!["title"]);
    }

    [Fact]
    public void Json_WhenEnabled_RendersElementTree()
    {
        using var site = new OutputTestSite(settings => settings.RichTextOutputAsJson = true);
        var raw = """{"markup":"<p>Tom &amp; Jerry<br>next <span data-note=\"x\" class=\"c\">line</span></p>\n<!-- note -->","blocks":null}""";

        JsonAssert.Equal("""
            {"tag":"#root","attributes":{},"elements":[
              {"tag":"p","attributes":{},"elements":[
                {"tag":"#text","text":"Tom &amp; Jerry"},
                {"tag":"br","attributes":{},"elements":[]},
                {"tag":"#text","text":"next "},
                {"tag":"span","attributes":{"note":"x","class":"c"},"elements":[{"tag":"#text","text":"line"}]}]}],
             "blocks":[]}
            """, site.RenderCareerProperty("description", raw));
    }

    [Fact]
    public void Json_WhenContentLocalLink_ReplacesHrefWithRoute()
    {
        using var site = new OutputTestSite(settings => settings.RichTextOutputAsJson = true);
        var raw = """{"markup":"<p><a href=\"/{localLink:c337f547-a34b-46e6-abea-b9a468480ce3}?tab=2\" type=\"document\">Python</a></p>","blocks":null}""";

        var link = site.RenderCareerProperty("description", raw)!["elements"]![0]!["elements"]![0]!;

        JsonAssert.Equal("""
            {"tag":"a","attributes":{
               "route":{"path":"/python/","queryString":"?tab=2","startItem":{"id":"51b25973-3d37-4139-9e30-c24e4719eb0d","path":"skills"}},
               "destinationId":"c337f547-a34b-46e6-abea-b9a468480ce3","destinationType":"skill","linkType":"Content"},
             "elements":[{"tag":"#text","text":"Python"}]}
            """, link);
    }

    [Fact]
    public void Json_WhenBlocks_WritesContentIdAndBlocks()
    {
        using var site = new OutputTestSite(settings => settings.RichTextOutputAsJson = true);

        var value = site.RenderCareerProperty("description", WithBlock)!;

        JsonAssert.Equal($$$"""{"tag":"umb-rte-block","attributes":{"content-id":"{{{BlockKey}}}"},"elements":[]}""", value["elements"]![1]);
        Assert.Equal(BlockKey, (string?)value["blocks"]![0]!["content"]!["id"]);
    }

    [Fact]
    public void Json_WhenNoContent_RendersNull()
    {
        using var site = new OutputTestSite(settings => settings.RichTextOutputAsJson = true);

        Assert.Null(site.RenderCareerProperty("description", """{"markup":"","blocks":null}"""));
    }
}
