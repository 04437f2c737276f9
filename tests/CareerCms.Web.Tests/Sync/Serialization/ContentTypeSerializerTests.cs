using CareerCms.Web.Content.Schema;
using CareerCms.Web.Sync.Serialization;

namespace CareerCms.Web.Tests.Sync.Serialization;

public sealed class ContentTypeSerializerTests
{
    private readonly ContentTypeSerializer _serializer = new();

    public static TheoryData<string> StarterFiles => StarterFolder.Files("ContentTypes");

    [Theory]
    [MemberData(nameof(StarterFiles))]
    public void Serialize_WhenStarterFileIsParsed_ReproducesTheFileByteForByte(string file)
    {
        var original = StarterFolder.Read(file);

        var written = SerializerRoundTrip.Reserialize(original, e => _serializer.Serialize(_serializer.Deserialize(e)));

        SerializerRoundTrip.AssertSameBytes(original, written, file);
    }

    [Fact]
    public void Deserialize_WhenStarterCareerFile_ReadsStructurePropertiesAndTabs()
    {
        var career = _serializer.Deserialize(USyncXml.Parse(StarterFolder.Read(Path.Combine("ContentTypes", "career.config"))));

        Assert.Equal("career", career.Alias);
        Assert.False(career.AllowAtRoot);
        Assert.Equal("transitionPath", Assert.Single(career.AllowedChildren).Alias);
        var summary = Assert.Single(career.Properties, p => p.Alias == "summary");
        Assert.True(summary.Mandatory);
        Assert.Equal("Umbraco.TextArea", summary.EditorAlias);
        Assert.Equal(("content", "Content"), (summary.TabAlias, summary.TabCaption));
        Assert.Equal(3, career.Tabs.Count);
    }

    [Fact]
    public void Serialize_WhenPropertiesAndTabsAreUnordered_WritesPropertiesByAliasAndTabsByKey()
    {
        var type = new ContentTypeDefinition
        {
            Key = Guid.NewGuid(),
            Alias = "page",
            Name = "Page",
            Properties =
            [
                Property("zeta"), Property("Beta"), Property("alpha"),
            ],
            Tabs =
            [
                new TabDefinition { Key = Guid.Parse("f0000000-0000-0000-0000-000000000000"), Alias = "b", Caption = "B" },
                new TabDefinition { Key = Guid.Parse("10000000-0000-0000-0000-000000000000"), Alias = "a", Caption = "A" },
            ],
        };

        var element = _serializer.Serialize(type);

        Assert.Equal(["alpha", "Beta", "zeta"], element.Element("GenericProperties")!.Elements().Select(p => p.Element("Alias")!.Value));
        Assert.Equal(["a", "b"], element.Element("Tabs")!.Elements().Select(t => t.Element("Alias")!.Value));
    }

    [Fact]
    public void Deserialize_WhenPropertyHasNoDefinition_ThrowsWithThePropertyLine()
    {
        var text = File.ReadAllText(Path.Combine(StarterFolder.Path, "ContentTypes", "skill.config"));
        var broken = text.Replace("<Definition>", "<NotDefinition>", StringComparison.Ordinal).Replace("</Definition>", "</NotDefinition>", StringComparison.Ordinal);

        var error = Assert.Throws<USyncFormatException>(() => _serializer.Deserialize(USyncXml.Parse(System.Text.Encoding.UTF8.GetBytes(broken))));

        Assert.NotNull(error.Line);
        Assert.Contains("<Definition>", error.Message, StringComparison.Ordinal);
    }

    private static PropertyTypeDefinition Property(string alias) =>
        new() { Key = Guid.NewGuid(), Alias = alias, Name = alias, DataTypeKey = Guid.NewGuid(), EditorAlias = "Umbraco.TextBox" };
}
