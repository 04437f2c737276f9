using System.Text.Json.Nodes;
using System.Xml.Linq;
using CareerCms.Web.Backoffice.Schema;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Sync.Export;
using CareerCms.Web.Sync.Import;

namespace CareerCms.Web.Tests.Sync.Export;

/// <summary>
/// uSync ExportOnSave for Settings: a document type or data type saved from the Settings section (Core's
/// ContentTypeSaved / DataTypeSaved notifications) rewrites its .config file in the full export's format.
/// </summary>
public sealed class SchemaExportOnSaveTests : IAsyncLifetime
{
    private static readonly Guid CareerKey = Guid.Parse("3219cce4-018b-4e97-b2f7-6ba866ea822e");
    private static readonly Guid TextstringKey = Guid.Parse("22133954-1ae9-4d09-ab29-0b3802e2bab1");
    private static readonly Guid ImportanceKey = Guid.Parse("63428aeb-deb4-405a-9f0c-65125247831d");
    private readonly string _folder = StarterFolder.CopyToTemp();
    private USyncTestHost _host = null!;

    private DocumentTypeEditingService Editing => _host.Get<DocumentTypeEditingService>();

    private ContentTypeDefinition Career => _host.Get<SchemaCatalog>().GetContentType(CareerKey)!;

    public async Task InitializeAsync() => _host = await StartAsync("All");

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task UpdateDocumentType_WithANewProperty_WritesAFileThatImportsAndExportsByteIdentically()
    {
        var result = await Editing.UpdateAsync(CareerKey, WithProperty(Career, "Meta title", "metaTitle"), confirmDataLoss: false);
        Assert.True(result.Succeeded);

        var file = Path.Combine(_folder, "ContentTypes", "career.config");
        var written = await File.ReadAllBytesAsync(file);
        var property = XElement.Load(file).Element("GenericProperties")!.Elements("GenericProperty").Single(p => p.Element("Alias")!.Value == "metaTitle");
        Assert.Equal(("Meta title", "Umbraco.TextBox", "content"), (property.Element("Name")!.Value, property.Element("Type")!.Value, property.Element("Tab")!.Attribute("Alias")!.Value));

        // Another site imports the folder and exports it again: the same bytes.
        await using var other = await USyncTestHost.StartAsync();
        var import = await other.Get<USyncImporter>().ImportAsync(_folder);
        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        var again = Directory.CreateTempSubdirectory("usync-roundtrip-").FullName;
        try
        {
            await other.Get<USyncExporter>().ExportAllAsync(again);
            Assert.Equal(written, await File.ReadAllBytesAsync(Path.Combine(again, "ContentTypes", "career.config")));
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public async Task UpdateDocumentType_SentBackUnchanged_LeavesTheFileByteIdentical()
    {
        var result = await Editing.UpdateAsync(CareerKey, Career, confirmDataLoss: false);

        Assert.True(result.Succeeded);
        Assert.Equal(StarterFolder.Read("ContentTypes/career.config"), await File.ReadAllBytesAsync(Path.Combine(_folder, "ContentTypes", "career.config")));
    }

    [Fact]
    public async Task UpdateDocumentType_RemovingAPropertyWithValues_RewritesTheTypeAndItsDocumentsFiles()
    {
        var without = Career with { Properties = Career.Properties.Where(p => p.Alias != "jobZone").ToArray() };

        var result = await Editing.UpdateAsync(CareerKey, without, confirmDataLoss: true);

        Assert.True(result.Succeeded);
        Assert.True(result.DocumentsChanged >= 7);
        Assert.DoesNotContain("<Alias>jobZone</Alias>", await File.ReadAllTextAsync(Path.Combine(_folder, "ContentTypes", "career.config")), StringComparison.Ordinal);
        var mlops = XElement.Load(Path.Combine(_folder, "Content", "mlops-engineer.config"));
        Assert.Null(mlops.Element("Properties")!.Element("jobZone"));
        Assert.NotNull(mlops.Element("Properties")!.Element("growthRate"));
        Assert.True((await _host.Get<USyncImporter>().ReportAsync(_folder)).Succeeded);
    }

    [Fact]
    public async Task UpdateDataType_RewritesItsFileAndMarksTheOldNameRenamed()
    {
        var editing = _host.Get<DataTypeEditingService>();

        var result = await editing.UpdateAsync(ImportanceKey, "Importance 1-10", new JsonObject { ["min"] = 1, ["max"] = 10, ["step"] = 1 });

        Assert.True(result.Succeeded);
        var file = XElement.Load(Path.Combine(_folder, "DataTypes", "importance-1-10.config"));
        Assert.Contains("\"max\": 10", file.Element("Config")!.Value, StringComparison.Ordinal);
        var marker = XElement.Load(Path.Combine(_folder, "DataTypes", "importance-1-5.config"));
        Assert.Equal(("Empty", "Rename"), (marker.Name.LocalName, marker.Attribute("Change")!.Value));
    }

    [Theory]
    [InlineData("Content", false)]
    [InlineData("None", false)]
    [InlineData("Settings", true)]
    [InlineData("Settings,Content", true)]
    public async Task UpdateDocumentType_WritesTheTypeFileOnlyWhenExportOnSaveIncludesSettings(string exportOnSave, bool written)
    {
        await _host.DisposeAsync();
        _host = await StartAsync(exportOnSave);

        Assert.True((await Editing.UpdateAsync(CareerKey, WithProperty(Career, "Hashtag", "hashtag"), confirmDataLoss: false)).Succeeded);

        Assert.Equal(written, (await File.ReadAllTextAsync(Path.Combine(_folder, "ContentTypes", "career.config"))).Contains("<Alias>hashtag</Alias>", StringComparison.Ordinal));
    }

    private async Task<USyncTestHost> StartAsync(string exportOnSave)
    {
        var host = await USyncTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["uSync:Settings:RootFolder"] = _folder,
            ["uSync:Settings:ExportOnSave"] = exportOnSave,
        });
        var report = await host.Get<USyncImporter>().ImportAsync(_folder);
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        return host;
    }

    private static ContentTypeDefinition WithProperty(ContentTypeDefinition type, string name, string alias) => type with
    {
        Properties =
        [
            .. type.Properties,
            new PropertyTypeDefinition { Key = Guid.Empty, Name = name, Alias = alias, DataTypeKey = TextstringKey, EditorAlias = "", TabAlias = "content", SortOrder = 20 },
        ],
    };
}
