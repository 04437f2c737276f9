using System.Xml.Linq;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Corpus;
using CareerCms.Web.Sync.Serialization;

namespace CareerCms.Web.Tests.Corpus;

/// <summary>The occupations data, the generated corpus and the starter uSync schema, built once for the corpus tests.</summary>
public sealed class CorpusFixture : IDisposable
{
    private readonly Lazy<Task<(string Folder, CorpusWriteResult Result)>> _written;

    public CorpusFixture()
    {
        DataFolder = OccupationCorpusReader.LocateDataFolder(AppContext.BaseDirectory);
        Data = OccupationCorpusReader.Read(DataFolder);
        Corpus = OccupationCorpusGenerator.Generate(Data);
        StarterFolder = OccupationCorpusWriter.LocateStarterFolder(AppContext.BaseDirectory);
        var dataTypeSerializer = new DataTypeSerializer();
        DataTypes = Directory.GetFiles(Path.Combine(StarterFolder, "DataTypes"), "*.config")
            .Select(f => dataTypeSerializer.Deserialize(XElement.Load(f)))
            .ToDictionary(d => d.Key);
        var contentTypeSerializer = new ContentTypeSerializer();
        ContentTypes = Directory.GetFiles(Path.Combine(StarterFolder, "ContentTypes"), "*.config")
            .Select(f => contentTypeSerializer.Deserialize(XElement.Load(f)))
            .ToDictionary(t => t.Alias, StringComparer.Ordinal);
        NodesByKey = Corpus.Nodes.ToDictionary(n => n.Key);
        _written = new(async () =>
        {
            var folder = Directory.CreateTempSubdirectory("careercms-corpus-full-").FullName;
            return (folder, await OccupationCorpusWriter.WriteUSyncFolderAsync(Corpus, folder, StarterFolder));
        });
    }

    public string DataFolder { get; }

    public OccupationSourceData Data { get; }

    public OccupationCorpus Corpus { get; }

    public string StarterFolder { get; }

    public IReadOnlyDictionary<Guid, DataTypeDefinition> DataTypes { get; }

    public IReadOnlyDictionary<string, ContentTypeDefinition> ContentTypes { get; }

    public IReadOnlyDictionary<Guid, CorpusNode> NodesByKey { get; }

    /// <summary>The full corpus written once as a uSync folder (thousands of files: shared by the writer tests).</summary>
    public Task<(string Folder, CorpusWriteResult Result)> WrittenAsync() => _written.Value;

    public void Dispose()
    {
        if (_written.IsValueCreated && _written.Value.IsCompletedSuccessfully)
        {
            try
            {
                Directory.Delete(_written.Value.Result.Folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans temp folders.
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "Occupation corpus";
}
