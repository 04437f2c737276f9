using CareerCms.Search.Health;
using CareerCms.Search.Indexing;
using CareerCms.Search.Rebuilding;
using CareerCms.Search.Registration;
using CareerCms.Search.Tests.TestSupport;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Indexing;

public sealed class LuceneIndexLockingTests
{
    [Fact]
    public void Constructor_WhenFolderOpenByAnotherIndexOfThisProcess_ThrowsIndexDirectoryInUse()
    {
        using var first = TestIndex.Create(name: "FirstIndex");

        var error = Assert.Throws<IndexDirectoryInUseException>(() => TestIndex.At(first.Path, name: "SecondIndex"));

        Assert.Equal("FirstIndex", error.OwnerIndexName);
    }

    [Fact]
    public async Task Constructor_WhenFirstIndexDisposed_FolderCanBeOpenedAgain()
    {
        using var folder = new TempIndexFolder();
        TestIndex.At(folder.Path).Dispose();

        using var second = TestIndex.At(folder.Path);
        await second.IndexAsync(Career("1", "x"));

        Assert.Equal(1, second.Index.GetDocumentCount());
    }

    [Fact]
    public async Task Constructor_WhileOwnerIsStillClosing_WaitsForTheFolderInsteadOfFailing()
    {
        using var folder = new TempIndexFolder();
        var first = TestIndex.At(folder.Path, name: "ClosingIndex");
        using var writing = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        first.Index.TransformingIndexValues += (_, _) =>
        {
            writing.Set();
            release.Wait(TimeSpan.FromSeconds(30));
        };
        first.Index.IndexItems([Career("1", "written while closing")]);
        Assert.True(writing.Wait(TimeSpan.FromSeconds(10)));
        var closing = Task.Run(first.Dispose);
        while (!IndexDirectoryClaims.IsClosing(first.Path))
        {
            await Task.Delay(10);
        }

        var reopening = Task.Run(() => TestIndex.At(folder.Path, name: "ReopenedIndex"));
        await Task.Delay(300);
        Assert.False(reopening.IsCompleted, "The folder was claimed while its owner was still writing.");

        release.Set();
        await closing;
        using var second = await reopening;

        Assert.Equal(1, second.Index.GetDocumentCount());
    }

    [Fact]
    public async Task ForeignWriter_WhenIndexHoldsFolder_GetsLockObtainFailed()
    {
        using var index = TestIndex.Create();
        using var directory = FSDirectory.Open(index.Path);

        Assert.Throws<LockObtainFailedException>(() => OpenForeignWriter(directory));

        await index.IndexAsync(Career("1", "still writable"));
        Assert.Equal(1, index.Index.GetDocumentCount());
    }

    [Fact]
    public async Task Index_WhenForeignWriterHoldsLock_ReportsLockedAndNeverBreaksIt()
    {
        using var folder = new TempIndexFolder();
        using var directory = FSDirectory.Open(folder.Path);
        var foreign = OpenForeignWriter(directory);
        try
        {
            using var index = TestIndex.At(folder.Path, options => options.Synchronous = true);
            var errors = new List<string>();
            index.Index.IndexingError += (_, e) => errors.Add(e.Message);

            var health = index.Index.GetHealth();
            index.Index.IndexItems([Career("1", "blocked")]);

            Assert.Equal(IndexHealthStatus.Unhealthy, health.Status);
            Assert.Contains("locked", health.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Single(errors);
            Assert.True(IndexWriter.IsLocked(directory));
            foreign.AddDocument([new StringField("__NodeId", "foreign", Field.Store.YES)]);
            foreign.Commit();

            foreign.Dispose();
            await index.IndexAsync(Career("2", "after the foreign writer left"));

            Assert.True(index.Index.GetHealth().IsHealthy);
            Assert.Equal(["2", "foreign"], index.All().Items.Select(hit => hit.Id).Order());
        }
        finally
        {
            foreign.Dispose();
        }
    }

    [Fact]
    public async Task RebuildAsync_WhenForeignWriterHoldsLock_FailsWithoutTouchingItsFiles()
    {
        using var folder = new TempIndexFolder();
        using var directory = FSDirectory.Open(folder.Path);
        using var foreign = OpenForeignWriter(directory);
        foreign.AddDocument([new StringField("__NodeId", "foreign", Field.Store.YES)]);
        foreign.Commit();
        using var index = TestIndex.At(folder.Path, name: "ExternalIndex");
        var registry = new IndexRegistry([index.Index]);
        var rebuilder = new IndexRebuilder(registry, [new ListPopulator("ExternalIndex", Numbered(3))]);

        var result = await rebuilder.RebuildAsync("ExternalIndex");

        Assert.Equal(IndexRebuildStatus.Failed, result.Status);
        Assert.True(IndexWriter.IsLocked(directory));
        Assert.Equal(1, foreign.NumDocs);
    }

    private static IndexWriter OpenForeignWriter(Lucene.Net.Store.Directory directory) =>
        new(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { WriteLockTimeout = 0 });
}
