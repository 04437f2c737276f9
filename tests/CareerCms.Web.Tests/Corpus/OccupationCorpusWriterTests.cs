using System.Text.Json.Nodes;
using System.Xml.Linq;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Corpus;
using CareerCms.Web.Sync.Import;
using CareerCms.Web.Sync.Serialization;
using CareerCms.Web.Tests.Sync;

namespace CareerCms.Web.Tests.Corpus;

[Collection(CorpusCollection.Name)]
public sealed class OccupationCorpusWriterTests(CorpusFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careercms-corpus-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    [Fact]
    public async Task WriteUSyncFolderAsync_WritesTheSchemaAndOneContentFilePerNode()
    {
        var (folder, result) = await fixture.WrittenAsync();

        Assert.Equal(Count("DataTypes", fixture.StarterFolder), result.DataTypes);
        Assert.Equal(Count("ContentTypes", fixture.StarterFolder), result.ContentTypes);
        Assert.Equal(fixture.Corpus.Nodes.Count, result.Content);
        Assert.Equal(result.DataTypes, Count("DataTypes", folder));
        Assert.Equal(result.ContentTypes, Count("ContentTypes", folder));
        Assert.Equal(result.Content, Count("Content", folder));
        foreach (var file in Directory.GetFiles(Path.Combine(fixture.StarterFolder, "ContentTypes")))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(folder, "ContentTypes", Path.GetFileName(file))));
        }

        Assert.True(File.Exists(Path.Combine(folder, "Content", "careers.config")));
        Assert.True(File.Exists(Path.Combine(folder, "Content", "metal-drawing-machine-operator.config")));
    }

    [Fact]
    public async Task WriteUSyncFolderAsync_PutsTheCorpusIndustriesAndRootsIntoTheDataTypes()
    {
        var (folder, _) = await fixture.WrittenAsync();

        var serializer = new DataTypeSerializer();
        var dataTypes = Directory.GetFiles(Path.Combine(folder, "DataTypes"))
            .Select(f => serializer.Deserialize(XElement.Load(f)))
            .ToDictionary(d => d.Key);
        Assert.Equal(fixture.DataTypes.Count, dataTypes.Count);
        var items = dataTypes[CorpusContentTypes.IndustryDataTypeKey].Config["items"]!.AsArray().Select(i => i!.GetValue<string>());
        Assert.Equal(fixture.Corpus.Industries, items);
        Assert.Equal(CorpusKeys.CareersRoot.ToString(), dataTypes[CorpusContentTypes.CareerPickerDataTypeKey].Config["startNodeId"]!.GetValue<string>());
        Assert.Equal(CorpusKeys.SkillsRoot.ToString(), dataTypes[CorpusContentTypes.SkillPickerDataTypeKey].Config["startNodeId"]!.GetValue<string>());
        foreach (var (key, starter) in fixture.DataTypes.Where(d => d.Key != CorpusContentTypes.IndustryDataTypeKey))
        {
            Assert.Equal(starter.EditorAlias, dataTypes[key].EditorAlias);
            Assert.Equal(starter.Name, dataTypes[key].Name);
        }
    }

    [Fact]
    public async Task WriteUSyncFolderAsync_ContentFilesReadBackAsTheNodes()
    {
        var (folder, _) = await fixture.WrittenAsync();

        var serializer = new ContentSerializer();
        var items = Directory.GetFiles(Path.Combine(folder, "Content"))
            .Select(f => serializer.Deserialize(USyncXml.Parse(File.ReadAllBytes(f))))
            .ToDictionary(i => i.Key);
        Assert.Equal(fixture.Corpus.Nodes.Count, items.Count);
        foreach (var node in fixture.Corpus.Nodes)
        {
            var item = items[node.Key];
            Assert.Equal(node.Name, item.Name);
            Assert.Equal(node.ParentKey ?? Guid.Empty, item.ParentKey);
            Assert.Equal(node.ContentTypeAlias, item.ContentTypeAlias);
            Assert.Equal(node.SortOrder, item.SortOrder);
            Assert.Equal(node.CreateDate, item.CreateDate);
            Assert.Equal(node.Published, item.Published);
            Assert.Equal(node.Values.OrderBy(v => v.Key, StringComparer.Ordinal), item.Values.OrderBy(v => v.Key, StringComparer.Ordinal));
        }

        var path = items[fixture.Corpus.TransitionPaths.First().Key];
        Assert.Equal(3, path.Level);
        Assert.StartsWith("/Careers/", path.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteUSyncFolderAsync_OverAnEarlierExport_NeedsOverwrite_AndNeverTheStarterFolder()
    {
        var small = OccupationCorpusGenerator.Generate(fixture.Data, new OccupationCorpusOptions { MaxCareers = 10 });
        await OccupationCorpusWriter.WriteUSyncFolderAsync(small, _folder, fixture.StarterFolder);
        var stale = Path.Combine(_folder, "Content", "stale.config");
        File.WriteAllText(stale, "<Content />");

        await Assert.ThrowsAsync<IOException>(() => OccupationCorpusWriter.WriteUSyncFolderAsync(small, _folder, fixture.StarterFolder));
        var again = await OccupationCorpusWriter.WriteUSyncFolderAsync(small, _folder, fixture.StarterFolder, overwrite: true);
        Assert.False(File.Exists(stale));
        Assert.Equal(small.Nodes.Count, Count("Content", _folder));
        Assert.Equal(small.Nodes.Count, again.Content);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            OccupationCorpusWriter.WriteUSyncFolderAsync(small, fixture.StarterFolder, fixture.StarterFolder, overwrite: true));
    }

    [Fact]
    public async Task WrittenFolder_ImportsIntoAnEmptyDatabase()
    {
        var small = OccupationCorpusGenerator.Generate(fixture.Data, new OccupationCorpusOptions { MaxCareers = 40 });
        await OccupationCorpusWriter.WriteUSyncFolderAsync(small, _folder, fixture.StarterFolder);

        await using var host = await USyncTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["uSync:Settings:RootFolder"] = _folder,
            ["uSync:Settings:ImportOnFirstBoot"] = "true",
        });

        var cache = host.Get<PublishedContentCache>();
        Assert.Equal(small.Nodes.Count, cache.Count);
        Assert.All(small.Nodes, n => Assert.NotNull(cache.Get(n.Key)));
        Assert.Equal(40, cache.GetChildren(CorpusKeys.CareersRoot).Count);
        var report = await host.Get<USyncImporter>().ReportAsync(_folder);
        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
    }

    private static int Count(string handlerFolder, string root) =>
        Directory.GetFiles(Path.Combine(root, handlerFolder), "*.config").Length;
}
