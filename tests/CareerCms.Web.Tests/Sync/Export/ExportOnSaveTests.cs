using System.Xml.Linq;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using CareerCms.Web.Sync.Import;

namespace CareerCms.Web.Tests.Sync.Export;

/// <summary>uSync ExportOnSave: editors' changes rewrite the item files of the configured folder.</summary>
public sealed class ExportOnSaveTests : IAsyncLifetime
{
    private static readonly Guid PythonKey = Guid.Parse("c337f547-a34b-46e6-abea-b9a468480ce3");
    private readonly string _folder = StarterFolder.CopyToTemp();
    private USyncTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await USyncTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["uSync:Settings:RootFolder"] = _folder,
            ["uSync:Settings:ExportOnSave"] = "All",
        });
        var report = await _host.Get<USyncImporter>().ImportAsync(_folder);
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
    }

    /// <summary>Every file of the folder with its bytes, to prove nothing was written.</summary>
    private string Snapshot() => string.Join("\n", Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(_folder, f) + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task SaveAsync_WhenExportOnSaveIsAll_RewritesTheItemFile()
    {
        var python = await PythonAsync();
        var values = python.Values.ToDictionary(v => v.Key, v => v.Value);
        values["learningHours"] = "200";

        var saved = await _host.Get<ContentEditingService>().SaveAsync(new DocumentSaveRequest { Key = PythonKey, Name = python.Name, Values = values }, -1);

        Assert.True(saved.Succeeded);
        var file = XElement.Load(Path.Combine(_folder, "Content", "python.config"));
        Assert.Equal("200", file.Element("Properties")!.Element("learningHours")!.Element("Value")!.Value);
    }

    [Theory]
    [InlineData("Py\u0000thon")]
    [InlineData("Py\u0001thon")]
    [InlineData("Py\nthon")]
    public async Task SaveAsync_NameWithAControlCharacter_IsRefusedAndWritesNothing(string name)
    {
        var python = await PythonAsync();
        var before = Snapshot();

        var saved = await _host.Get<ContentEditingService>().SaveAsync(new DocumentSaveRequest { Key = PythonKey, Name = name, Values = python.Values }, -1);

        Assert.Equal(ContentOperationStatus.InvalidName, saved.Status);
        Assert.Equal(before, Snapshot());
        Assert.Equal("Python", (await PythonAsync()).Name);
    }

    [Fact]
    public async Task SaveAsync_ValueWithANulCharacter_IsRefusedAtTheProperty()
    {
        var python = await PythonAsync();
        var values = python.Values.ToDictionary(v => v.Key, v => v.Value);
        values["description"] = "Broken\u0000text";

        var saved = await _host.Get<ContentEditingService>().SaveAsync(new DocumentSaveRequest { Key = PythonKey, Name = python.Name, Values = values }, -1);

        Assert.Equal(ContentOperationStatus.ValidationFailed, saved.Status);
        Assert.Contains(saved.ValidationErrors!, e => e.Alias == "description");
    }

    [Fact]
    public async Task ExportAllAsync_WhenOneItemCannotBeWritten_WritesNoFileAtAll()
    {
        // Data that reached the database by another way than the editing service (an old version, a direct write).
        await using (var scope = await _host.Get<DatabaseScopeProvider>().CreateScopeAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(scope.Connection, "UPDATE umbracoNode SET name = @name WHERE uniqueId = @key",
                new { name = "Py\u0000thon", key = PythonKey.ToString("D") }, scope.Transaction);
            scope.Complete();
        }

        var before = Snapshot();

        var error = await Assert.ThrowsAsync<CareerCms.Web.Sync.Export.USyncExportException>(
            () => _host.Get<CareerCms.Web.Sync.Export.USyncExporter>().ExportAllAsync(_folder, clean: true));

        Assert.Contains(PythonKey.ToString("D"), error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task SaveAsync_WhenRenamed_WritesTheNewFileAndARenameMarker()
    {
        var python = await PythonAsync();

        await _host.Get<ContentEditingService>().SaveAsync(new DocumentSaveRequest { Key = PythonKey, Name = "Python 3", Values = python.Values }, -1);

        Assert.Equal("Python 3", XElement.Load(Path.Combine(_folder, "Content", "python-3.config")).Attribute("Alias")!.Value);
        var marker = XElement.Load(Path.Combine(_folder, "Content", "python.config"));
        Assert.Equal(("Empty", "Rename"), (marker.Name.LocalName, marker.Attribute("Change")!.Value));
        Assert.True((await _host.Get<USyncImporter>().ReportAsync(_folder)).Succeeded);
    }

    [Fact]
    public async Task DeleteAsync_WhenExportOnSaveIsAll_WritesADeleteMarker()
    {
        var deleted = await _host.Get<ContentRecycleBinService>().DeleteAsync(PythonKey, -1);

        Assert.True(deleted.Succeeded);
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Empty Key=\"c337f547-a34b-46e6-abea-b9a468480ce3\" Alias=\"Python\" Change=\"Delete\" />\n",
            File.ReadAllText(Path.Combine(_folder, "Content", "python.config")));
    }

    [Fact]
    public async Task TrashAsync_WhenExportOnSaveIsAll_WritesTheItemAsTrashed()
    {
        var trashed = await _host.Get<ContentRecycleBinService>().TrashAsync(PythonKey, -1);

        Assert.True(trashed.Succeeded);
        var info = XElement.Load(Path.Combine(_folder, "Content", "python.config")).Element("Info")!;
        Assert.Equal("true", info.Element("Trashed")!.Value);
        Assert.Equal("51b25973-3d37-4139-9e30-c24e4719eb0d", info.Element("Trashed")!.Attribute("Parent")!.Value);
    }

    [Fact]
    public async Task ImportAsync_WhileImporting_DoesNotExportTheImportedChanges()
    {
        var other = StarterFolder.CopyToTemp();
        try
        {
            var path = Path.Combine(other, "Content", "python.config");
            File.WriteAllText(path, File.ReadAllText(path).Replace("<![CDATA[120]]>", "<![CDATA[150]]>", StringComparison.Ordinal));

            var report = await _host.Get<USyncImporter>().ImportAsync(other);

            Assert.True(report.Succeeded, string.Join("\n", report.Errors));
            Assert.Equal(StarterFolder.Read("Content/python.config"), File.ReadAllBytes(Path.Combine(_folder, "Content", "python.config")));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    private async Task<CareerCms.Web.Content.Documents.Document> PythonAsync()
    {
        await using var connection = await _host.Get<DatabaseScopeProvider>().OpenConnectionAsync();
        return (await _host.Get<DocumentRepository>().GetByKeyAsync(connection, PythonKey))!;
    }
}
