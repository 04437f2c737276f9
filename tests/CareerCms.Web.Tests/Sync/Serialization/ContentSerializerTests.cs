using CareerCms.Web.Sync.Serialization;

namespace CareerCms.Web.Tests.Sync.Serialization;

public sealed class ContentSerializerTests
{
    private readonly ContentSerializer _serializer = new();

    public static TheoryData<string> StarterFiles => StarterFolder.Files("Content");

    [Theory]
    [MemberData(nameof(StarterFiles))]
    public void Serialize_WhenStarterFileIsParsed_ReproducesTheFileByteForByte(string file)
    {
        var original = StarterFolder.Read(file);

        var written = SerializerRoundTrip.Reserialize(original, e => _serializer.Serialize(_serializer.Deserialize(e)));

        SerializerRoundTrip.AssertSameBytes(original, written, file);
    }

    [Fact]
    public void Deserialize_WhenStarterMlopsEngineer_ReadsInfoAndValues()
    {
        var item = _serializer.Deserialize(USyncXml.Parse(StarterFolder.Read(Path.Combine("Content", "mlops-engineer.config"))));

        Assert.Equal("MLOps Engineer", item.Name);
        Assert.Equal(2, item.Level);
        Assert.Equal(Guid.Parse("65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98"), item.ParentKey);
        Assert.Equal("/Careers/MLOpsEngineer", item.Path);
        Assert.Equal("career", item.ContentTypeAlias);
        Assert.Equal(new DateTime(2025, 3, 4, 9, 0, 0, DateTimeKind.Utc), item.CreateDate);
        Assert.Equal(DateTimeKind.Utc, item.CreateDate!.Value.Kind);
        Assert.True(item.Published);
        Assert.Equal("130000", item.Values["salaryMin"]);
        Assert.Equal("[\"Mid-Senior\"]", item.Values["experienceLevel"]);
    }

    [Fact]
    public void Deserialize_WhenValueIsEmptyCdata_ReadsNoValue()
    {
        var item = _serializer.Deserialize(USyncXml.Parse(StarterFolder.Read(Path.Combine("Content", "python.config"))));

        Assert.True(item.Values.ContainsKey("prerequisites"));
        Assert.Null(item.Values["prerequisites"]);
    }

    [Fact]
    public void Serialize_WhenTrashed_WritesTrashedWithTheOriginalParent()
    {
        var parent = Guid.NewGuid();
        var item = new ContentSyncItem { Key = Guid.NewGuid(), Name = "Old", ContentTypeAlias = "skill", Trashed = true, TrashedParentKey = parent, Level = 101 };

        var trashed = _serializer.Serialize(item).Element("Info")!.Element("Trashed")!;

        Assert.Equal("true", trashed.Value);
        Assert.Equal(parent.ToString("D"), trashed.Attribute("Parent")!.Value);
        Assert.Equal(parent, _serializer.Deserialize(_serializer.Serialize(item)).TrashedParentKey);
    }

    [Fact]
    public void Deserialize_WhenValueHasACulture_ThrowsWithTheValueLine()
    {
        var text = File.ReadAllText(Path.Combine(StarterFolder.Path, "Content", "python.config"))
            .Replace("<Value><![CDATA[120]]>", "<Value Culture=\"da-DK\"><![CDATA[120]]>", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var expectedLine = Array.FindIndex(lines, l => l.Contains("da-DK", StringComparison.Ordinal)) + 1;

        var error = Assert.Throws<USyncFormatException>(() => _serializer.Deserialize(USyncXml.Parse(System.Text.Encoding.UTF8.GetBytes(text))));

        Assert.Equal(expectedLine, error.Line);
    }

    [Fact]
    public void EmptyMarker_WhenSerialized_IsUSyncsDeleteMarker()
    {
        var marker = new EmptyMarker(Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0"), "MLOps Engineer", EmptyMarkerChange.Delete);

        var text = USyncXml.ToText(marker.Serialize());

        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Empty Key=\"c9ea2334-f279-43cf-9fea-489f6acde1a0\" Alias=\"MLOps Engineer\" Change=\"Delete\" />\n",
            text);
        Assert.Equal(marker, EmptyMarker.Deserialize(USyncXml.Parse(System.Text.Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Parse_WhenXmlIsMalformed_ThrowsWithTheLine()
    {
        var error = Assert.Throws<USyncFormatException>(() => USyncXml.Parse("<?xml version=\"1.0\"?>\n<Content>\n  <Info>\n</Content>\n"u8.ToArray()));

        Assert.Equal(4, error.Line);
    }
}
