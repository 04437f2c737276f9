using System.Text.Json.Nodes;
using CareerCms.Web.Tests.DeliveryApi.Output.Support;

namespace CareerCms.Web.Tests.DeliveryApi.Output;

public class BlockListRendererTests
{
    private const string FirstBlock = "aee257e1-925c-4ebe-9ce3-3110c71ebe23";
    private const string SecondBlock = "f68a5d61-b24d-460e-804b-78439109b1df";
    private const string SettingsBlock = "5c1d3e2a-0000-4000-8000-000000000001";

    /// <summary>Two skill requirements as the starter stores them (values as JSON numbers), the second with settings.</summary>
    private static readonly string RequiredSkills = $$"""
        {
          "layout": { "Umbraco.BlockList": [
            { "contentKey": "{{FirstBlock}}", "settingsKey": null },
            { "contentKey": "{{SecondBlock}}", "settingsKey": "{{SettingsBlock}}" } ] },
          "contentData": [
            { "contentTypeKey": "8dfb6863-1e1a-426c-a35b-c5e14a87f8cd", "key": "{{FirstBlock}}", "values": [
              { "editorAlias": "Umbraco.ContentPicker", "culture": null, "segment": null, "alias": "skill", "value": "umb://document/c337f547a34b46e6abeab9a468480ce3" },
              { "editorAlias": "Umbraco.Integer", "culture": null, "segment": null, "alias": "importance", "value": 4 },
              { "editorAlias": "Umbraco.Integer", "culture": null, "segment": null, "alias": "level", "value": 5 } ] },
            { "contentTypeKey": "8dfb6863-1e1a-426c-a35b-c5e14a87f8cd", "key": "{{SecondBlock}}", "values": [
              { "editorAlias": "Umbraco.ContentPicker", "culture": null, "segment": null, "alias": "skill", "value": "umb://document/fea7401eba5b483f83baf5be7001ddab" },
              { "editorAlias": "Umbraco.Integer", "culture": null, "segment": null, "alias": "importance", "value": 3 } ] } ],
          "settingsData": [
            { "contentTypeKey": "{{OutputTestSchema.BlockSettingsType}}", "key": "{{SettingsBlock}}", "values": [
              { "editorAlias": "Umbraco.TextBox", "culture": null, "segment": null, "alias": "theme", "value": "dark" } ] } ],
          "expose": [
            { "contentKey": "{{FirstBlock}}", "culture": null, "segment": null },
            { "contentKey": "{{SecondBlock}}", "culture": null, "segment": null } ]
        }
        """;

    [Fact]
    public void BlockList_RendersItemsWithContentAndSettings()
    {
        using var site = new OutputTestSite();

        var value = site.RenderCareerProperty("requiredSkills", RequiredSkills)!;

        Assert.Equal(["items"], JsonAssert.Keys(value));
        var items = (JsonArray)value["items"]!;
        Assert.Equal(2, items.Count);
        Assert.Equal(["content", "settings"], JsonAssert.Keys(items[0]));
        var first = items[0]!["content"]!;
        Assert.Equal(["contentType", "id", "properties"], JsonAssert.Keys(first));
        Assert.Equal("skillRequirement", (string?)first["contentType"]);
        Assert.Equal(FirstBlock, (string?)first["id"]);
        Assert.Equal(4, (int)first["properties"]!["importance"]!);
        Assert.Equal(5, (int)first["properties"]!["level"]!);
        Assert.Null(items[0]!["settings"]);
        Assert.Null(items[1]!["content"]!["properties"]!["level"]);
        JsonAssert.Equal($$$"""{"contentType":"blockSettings","id":"{{{SettingsBlock}}}","properties":{"theme":"dark"}}""", items[1]!["settings"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("properties[$all]")]
    [InlineData("properties[requiredSkills]")]
    [InlineData("properties[skill]")]
    public void BlockList_WhenNotExpandedThroughBlockPath_PickerInsideStaysShallow(string? expand)
    {
        using var site = new OutputTestSite();

        var skill = site.RenderCareerProperty("requiredSkills", RequiredSkills, expand)!["items"]![0]!["content"]!["properties"]!["skill"]!;

        Assert.Equal("Python", (string?)skill["name"]);
        JsonAssert.Equal("{}", skill["properties"]);
    }

    [Theory]
    [InlineData("properties[requiredSkills[properties[skill]]]")]
    [InlineData("properties[requiredSkills[properties[$all]]]")]
    public void BlockList_WhenExpandedThroughBlockPath_ExpandsPickerInside(string expand)
    {
        using var site = new OutputTestSite();

        var skill = site.RenderCareerProperty("requiredSkills", RequiredSkills, expand)!["items"]![1]!["content"]!["properties"]!["skill"]!;

        Assert.Equal("Kubernetes", (string?)skill["properties"]!["title"]);
        JsonAssert.Equal("{}", skill["properties"]!["prerequisite"]!["properties"]);
    }

    [Fact]
    public void BlockList_WhenFieldsLimitBlockProperties_AppliesToContentAndSettings()
    {
        using var site = new OutputTestSite();
        var career = site.Add("career", "Data Engineer", site.Careers, values: new() { ["requiredSkills"] = RequiredSkills });

        var items = site.Render(career, fields: "properties[requiredSkills[properties[importance]]]")!["properties"]!["requiredSkills"]!["items"]!;

        Assert.Equal(["importance"], JsonAssert.Keys(items[0]!["content"]!["properties"]));
        JsonAssert.Equal("{}", items[1]!["settings"]!["properties"]);
    }

    [Fact]
    public void BlockList_WhenBlockTypeNotConfiguredOrNotExposed_LeavesItOut()
    {
        using var site = new OutputTestSite();
        var stored = RequiredSkills
            .Replace($$"""{ "contentKey": "{{SecondBlock}}", "culture": null, "segment": null }""", $$"""{ "contentKey": "{{Guid.Empty}}", "culture": null, "segment": null }""", StringComparison.Ordinal);

        var items = (JsonArray)site.RenderCareerProperty("requiredSkills", stored)!["items"]!;

        Assert.Equal(FirstBlock, (string?)Assert.Single(items)!["content"]!["id"]);
    }

    [Theory]
    [InlineData("", "null")]
    [InlineData("""{"layout":{},"contentData":[],"settingsData":[],"expose":[]}""", """{"items":[]}""")]
    [InlineData("not json", """{"items":[]}""")]
    public void BlockList_WhenEmptyOrUnreadable_RendersNullOrNoItems(string raw, string expected)
    {
        using var site = new OutputTestSite();

        JsonAssert.Equal(expected, site.RenderCareerProperty("requiredSkills", raw));
    }
}
