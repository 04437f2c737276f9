using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using CareerCms.Web.Sync.Export;
using CareerCms.Web.Sync.Import;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Sync.Import;

/// <summary>Importing and exporting the starter folder against a real database; run once per engine by the sealed subclasses.</summary>
public abstract partial class USyncImporterTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private USyncTestHost _host = null!;
    private readonly List<string> _tempFolders = [];

    private USyncImporter Importer => _host.Get<USyncImporter>();

    public async Task InitializeAsync() => _host = await USyncTestHost.StartAsync(kind: kind);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        foreach (var folder in _tempFolders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ImportAsync_WhenStarterFolderIntoEmptyDatabase_CreatesAndPublishesEverything()
    {
        var report = await Importer.ImportAsync(StarterFolder.Path);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.All(report.Items, i => Assert.Equal(USyncChange.Create, i.Change));
        Assert.Equal(Directory.GetFiles(StarterFolder.Path, "*.config", SearchOption.AllDirectories).Length, report.Items.Count);
        var schema = _host.Get<SchemaCatalog>();
        Assert.Equal(26, schema.DataTypes.Count);
        Assert.Equal(7, schema.ContentTypes.Count);
        var mlops = _host.Get<PublishedContentCache>().Get(Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0"));
        Assert.NotNull(mlops);
    }

    [Fact]
    public async Task ExportAllAsync_AfterImportingStarterFolder_ReproducesEveryFileByteForByte()
    {
        Assert.True((await Importer.ImportAsync(StarterFolder.Path)).Succeeded);
        var target = Temp();

        await _host.Get<USyncExporter>().ExportAllAsync(target);

        var expected = Relative(StarterFolder.Path);
        Assert.Equal(expected, Relative(target));
        foreach (var file in expected)
        {
            Serialization.SerializerRoundTrip.AssertSameBytes(
                File.ReadAllBytes(Path.Combine(StarterFolder.Path, file)), File.ReadAllBytes(Path.Combine(target, file)), file);
        }
    }

    [Fact]
    public async Task ImportAsync_WhenRunTwice_ChangesNothingAndAddsNoVersions()
    {
        Assert.True((await Importer.ImportAsync(StarterFolder.Path)).Succeeded);
        var before = await _host.SnapshotAsync();

        var second = await Importer.ImportAsync(StarterFolder.Path);

        Assert.True(second.Succeeded, string.Join("\n", second.Errors));
        Assert.All(second.Items, i => Assert.Equal(USyncChange.NoChange, i.Change));
        Assert.Equal(before, await _host.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_WhenForced_ResavesUnchangedItems()
    {
        Assert.True((await Importer.ImportAsync(StarterFolder.Path)).Succeeded);

        var forced = await Importer.ImportAsync(StarterFolder.Path, new USyncImportOptions { Force = true });

        Assert.True(forced.Succeeded, string.Join("\n", forced.Errors));
        Assert.All(forced.Items, i => Assert.Equal(USyncChange.Update, i.Change));
    }

    [Fact]
    public async Task ImportAsync_WhenAFileChanged_UpdatesOnlyThatItem()
    {
        Assert.True((await Importer.ImportAsync(StarterFolder.Path)).Succeeded);
        var folder = Copy();
        Edit(folder, "Content/python.config", "<Value><![CDATA[120]]></Value>", "<Value><![CDATA[150]]></Value>");

        var report = await Importer.ImportAsync(folder);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        var changed = Assert.Single(report.Items, i => i.Change != USyncChange.NoChange);
        Assert.Equal(("Content/python.config", USyncChange.Update), (changed.File, changed.Change));
        Assert.Contains("learningHours", changed.Message, StringComparison.Ordinal);
        var python = await Document(Guid.Parse("c337f547-a34b-46e6-abea-b9a468480ce3"));
        Assert.Equal("150", python!.Values["learningHours"]);
        Assert.True(python.Published);
        Assert.False(python.Edited);
    }

    [Fact]
    public async Task ReportAsync_WhenAFileChanged_ListsTheChangeAndWritesNothing()
    {
        Assert.True((await Importer.ImportAsync(StarterFolder.Path)).Succeeded);
        var folder = Copy();
        Edit(folder, "Content/python.config", "<Value><![CDATA[120]]></Value>", "<Value><![CDATA[150]]></Value>");
        var before = await _host.SnapshotAsync();

        var report = await Importer.ReportAsync(folder);

        Assert.True(report.DryRun);
        Assert.Equal("Content/python.config", Assert.Single(report.Items, i => i.Change != USyncChange.NoChange).File);
        Assert.Equal(before, await _host.SnapshotAsync());
        Assert.Equal("120", (await Document(Guid.Parse("c337f547-a34b-46e6-abea-b9a468480ce3")))!.Values["learningHours"]);
    }

    [Fact]
    public async Task ImportAsync_WhenPublishedIsFalse_UnpublishesThePublishedItem()
    {
        Assert.True((await Importer.ImportAsync(StarterFolder.Path)).Succeeded);
        var folder = Copy();
        Edit(folder, "Content/python.config", "<Published Default=\"true\" />", "<Published Default=\"false\" />");

        var report = await Importer.ImportAsync(folder);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.False((await Document(Guid.Parse("c337f547-a34b-46e6-abea-b9a468480ce3")))!.Published);
    }

    [Fact]
    public async Task ImportAsync_WhenDeleteMarkerReplacesAFile_DeletesTheItem()
    {
        Assert.True((await Importer.ImportAsync(StarterFolder.Path)).Succeeded);
        var folder = Copy();
        File.WriteAllText(
            Path.Combine(folder, "Content", "python.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Empty Key=\"c337f547-a34b-46e6-abea-b9a468480ce3\" Alias=\"Python\" Change=\"Delete\" />\n");

        var report = await Importer.ImportAsync(folder);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(USyncChange.Delete, Assert.Single(report.Items, i => i.File == "Content/python.config").Change);
        Assert.Null(await Document(Guid.Parse("c337f547-a34b-46e6-abea-b9a468480ce3")));
    }

    private async Task<CareerCms.Web.Content.Documents.Document?> Document(Guid key)
    {
        await using var connection = await _host.Get<DatabaseScopeProvider>().OpenConnectionAsync();
        return await _host.Get<DocumentRepository>().GetByKeyAsync(connection, key);
    }

    private string Temp()
    {
        var folder = Directory.CreateTempSubdirectory("usync-export-").FullName;
        _tempFolders.Add(folder);
        return folder;
    }

    private string Copy()
    {
        var folder = StarterFolder.CopyToTemp();
        _tempFolders.Add(folder);
        return folder;
    }

    private static void Edit(string folder, string file, string find, string replace)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    private static string[] Relative(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToArray();
}

public sealed class USyncImporterSqliteTests() : USyncImporterTests(TestDatabaseKind.Sqlite);

public sealed class USyncImporterPostgreSqlTests() : USyncImporterTests(TestDatabaseKind.PostgreSql);
