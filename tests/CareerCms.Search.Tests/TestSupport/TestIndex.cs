using CareerCms.Search.Indexing;
using CareerCms.Search.Model;
using CareerCms.Search.Searching;

namespace CareerCms.Search.Tests.TestSupport;

/// <summary>A real index in its own temp folder, with the test field definitions; disposes both.</summary>
internal sealed class TestIndex : IDisposable
{
    private readonly TempIndexFolder? _ownedFolder;

    private TestIndex(LuceneIndex index, TempIndexFolder? ownedFolder)
    {
        Index = index;
        _ownedFolder = ownedFolder;
    }

    public LuceneIndex Index { get; }

    public LuceneSearcher Searcher => Index.Searcher;

    public string Path => Index.DirectoryPath;

    /// <summary>Creates an index in a new temp folder (deleted on dispose).</summary>
    public static TestIndex Create(Action<LuceneIndexOptions>? configure = null, string name = "TestIndex")
    {
        var folder = new TempIndexFolder();
        try
        {
            return new TestIndex(Open(folder.Path, configure, name), folder);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>Opens an index in an existing folder (left in place on dispose).</summary>
    public static TestIndex At(string path, Action<LuceneIndexOptions>? configure = null, string name = "TestIndex") =>
        new(Open(path, configure, name), null);

    public static LuceneIndexOptions Options(string path, Action<LuceneIndexOptions>? configure = null)
    {
        var options = new LuceneIndexOptions { DirectoryPath = path, FieldDefinitions = TestFields.Create() };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Indexes and waits until searches see the items.</summary>
    public async Task IndexAsync(params IEnumerable<ValueSet> items)
    {
        Index.IndexItems(items);
        await Index.WaitForChangesAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public SearchResults All(int take = 100) => Searcher.CreateQuery().All().Execute(0, take);

    public void Dispose()
    {
        Index.Dispose();
        _ownedFolder?.Dispose();
    }

    private static LuceneIndex Open(string path, Action<LuceneIndexOptions>? configure, string name) =>
        new(name, Options(path, configure));
}
