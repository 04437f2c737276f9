using CareerCms.Web.Content.Schema;
using CareerCms.Web.Sync.Serialization;

namespace CareerCms.Web.Tests.Sync.Serialization;

public sealed class DataTypeSerializerTests
{
    private readonly DataTypeSerializer _serializer = new();

    public static TheoryData<string> StarterFiles => StarterFolder.Files("DataTypes");

    [Theory]
    [MemberData(nameof(StarterFiles))]
    public void Serialize_WhenStarterFileIsParsed_ReproducesTheFileByteForByte(string file)
    {
        var original = StarterFolder.Read(file);

        var written = SerializerRoundTrip.Reserialize(original, e => _serializer.Serialize(_serializer.Deserialize(e)));

        SerializerRoundTrip.AssertSameBytes(original, written, file);
    }

    [Fact]
    public void Deserialize_WhenStarterIndustryFile_ReadsEditorAndVerbatimConfig()
    {
        var dataType = _serializer.Deserialize(USyncXml.Parse(StarterFolder.Read(Path.Combine("DataTypes", "industry.config"))));

        Assert.Equal(Guid.Parse("6e4066c0-6663-4394-8ea6-a208ec452e3a"), dataType.Key);
        Assert.Equal("Industry", dataType.Name);
        Assert.Equal("Umbraco.DropDown.Flexible", dataType.EditorAlias);
        Assert.Equal("Umb.PropertyEditorUi.Dropdown", dataType.EditorUiAlias);
        Assert.Null(dataType.Folder);
        Assert.Contains("\"AI/Infrastructure\"", dataType.ConfigJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WhenConfigIsCompactAndUnsorted_WritesSortedIndentedJson()
    {
        var dataType = new DataTypeDefinition
        {
            Key = Guid.Parse("11111111-2222-3333-4444-555555555555"),
            Name = "Count",
            EditorAlias = "Umbraco.Integer",
            ConfigJson = """{"max":10,"min":0,"label":"Data & more"}""",
        };

        var config = _serializer.Serialize(dataType).Element("Config")!.Value;

        Assert.Equal("{\n  \"label\": \"Data & more\",\n  \"max\": 10,\n  \"min\": 0\n}", config);
    }

    [Fact]
    public void Serialize_WhenInAFolder_WritesTheFolderAndItsLevel()
    {
        var dataType = new DataTypeDefinition { Key = Guid.NewGuid(), Name = "Text", EditorAlias = "Umbraco.TextBox", Folder = "Careers/Text%20types" };

        var element = _serializer.Serialize(dataType);

        Assert.Equal("3", element.Attribute("Level")!.Value);
        Assert.Equal("Careers/Text%20types", element.Element("Info")!.Element("Folder")!.Value);
        Assert.Equal("Careers/Text%20types", _serializer.Deserialize(element).Folder);
    }

    [Fact]
    public void Deserialize_WhenRootIsNotADataType_ThrowsWithTheLine()
    {
        var element = USyncXml.Parse("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ContentType Key=\"6e4066c0-6663-4394-8ea6-a208ec452e3a\" Alias=\"x\" />\n"u8.ToArray());

        var error = Assert.Throws<USyncFormatException>(() => _serializer.Deserialize(element));

        Assert.Equal(2, error.Line);
        Assert.Contains("<DataType>", error.Message, StringComparison.Ordinal);
    }
}
