using System.Text.Json;
using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.Tests.Ports;

public sealed class StoredValuesTests
{
    [Theory]
    [InlineData("130000", 130000)]
    [InlineData(" 42 ", 42)]
    [InlineData("-5", -5)]
    [InlineData("4.5", null)]
    [InlineData("", null)]
    [InlineData("lots", null)]
    public void Integer_ReadsStoredText(string text, int? expected) => Assert.Equal(expected, StoredValues.Integer(text));

    [Fact]
    public void Integer_ReadsCoreTypedValuesAndJsonNumbers()
    {
        Assert.Equal(217, StoredValues.Integer(217));
        Assert.Equal(5, StoredValues.Integer(5L));
        Assert.Equal(5, StoredValues.Integer(5m));
        Assert.Null(StoredValues.Integer(5.5m));
        Assert.Equal(3, StoredValues.Integer(JsonDocument.Parse("3").RootElement));
        Assert.Null(StoredValues.Integer(null));
    }

    [Theory]
    [InlineData("""["Moderate"]""", "Moderate")]
    [InlineData("""[ "AI/Infrastructure" ]""", "AI/Infrastructure")]
    [InlineData("Moderate", "Moderate")]
    [InlineData("[]", null)]
    [InlineData("", null)]
    [InlineData("[broken", null)]
    public void Single_UnwrapsDropdownArrays(string stored, string? expected) => Assert.Equal(expected, StoredValues.Single(stored));

    [Fact]
    public void Strings_ReadsArraysAndCommaLists()
    {
        Assert.Equal(["k8s", "container orchestration"], StoredValues.Strings("""["k8s","container orchestration"]"""));
        Assert.Equal(["unix", "shell"], StoredValues.Strings("unix, shell"));
    }

    [Fact]
    public void DocumentKeys_ReadsUdiListsAndGuids()
    {
        var a = Guid.Parse("28b757f4-03f4-481e-b52a-f6c6a4b36db9");
        var b = Guid.Parse("2f1aa8a8-c7b0-4ea3-ab22-2bd0068600bb");

        Assert.Equal([a, b], StoredValues.DocumentKeys("umb://document/28b757f403f4481eb52af6c6a4b36db9,umb://document/2f1aa8a8c7b04ea3ab222bd0068600bb"));
        Assert.Equal(a, StoredValues.DocumentKey(a.ToString()));
        Assert.Equal(a, StoredValues.DocumentKey(a));
        Assert.Null(StoredValues.DocumentKey("umb://media/28b757f403f4481eb52af6c6a4b36db9"));
        Assert.Null(StoredValues.DocumentKey("umb://document/nothex"));
    }

    [Fact]
    public void BlockItems_ReadsElementsInLayoutOrder()
    {
        const string value = """
            {"layout":{"Umbraco.BlockList":[{"contentKey":"00000000-0000-0000-0000-000000000002"},{"contentKey":"00000000-0000-0000-0000-000000000001"}]},
             "contentData":[
               {"key":"00000000-0000-0000-0000-000000000001","values":[{"alias":"skill","value":"umb://document/c337f547a34b46e6abeab9a468480ce3"},{"alias":"level","value":5}]},
               {"key":"00000000-0000-0000-0000-000000000002","values":[{"alias":"level","value":"3"},{"alias":"skills","value":["x"]}]}],
             "settingsData":[],"expose":[]}
            """;

        var items = StoredValues.BlockItems(value);

        Assert.Equal(2, items.Count);
        Assert.Equal("3", items[0]["level"]);
        Assert.Equal("""["x"]""", items[0]["skills"]);
        Assert.Equal(5, items[1]["level"]);
        Assert.Equal("umb://document/c337f547a34b46e6abeab9a468480ce3", items[1]["skill"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"layout":{}}""")]
    public void BlockItems_WhenEmptyOrMalformed_IsEmpty(string? value) => Assert.Empty(StoredValues.BlockItems(value));
}
