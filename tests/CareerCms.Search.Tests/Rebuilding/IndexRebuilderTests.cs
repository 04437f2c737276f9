using CareerCms.Search.Health;
using CareerCms.Search.Rebuilding;
using CareerCms.Search.Registration;
using CareerCms.Search.Tests.TestSupport;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Rebuilding;

public sealed class IndexRebuilderTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Create(name: "ExternalIndex");
    private readonly IndexRegistry _registry = new();

    public IndexRebuilderTests() => _registry.TryAdd(_index.Index);

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task RebuildAsync_WhenPopulatorYieldsBatches_ReplacesContentsAndReportsProgress()
    {
        await _index.IndexAsync(Career("stale", "Removed career"));
        var rebuilder = new IndexRebuilder(_registry, [new ListPopulator("ExternalIndex", Numbered(10), batchSize: 4)]);
        var progress = new RecordingProgress();

        var result = await rebuilder.RebuildAsync("ExternalIndex", progress);

        Assert.Equal(IndexRebuildStatus.Success, result.Status);
        Assert.Equal(10, result.ItemCount);
        Assert.Equal(10, _index.Index.GetDocumentCount());
        Assert.Empty(_index.Searcher.CreateQuery().Id("stale").Execute(0, 1).Items);
        Assert.Equal([0L, 4L, 8L, 10L], progress.Reports.Select(report => report.Done));
        Assert.All(progress.Reports, report => Assert.Equal(10, report.Total));
    }

    [Fact]
    public async Task RebuildAsync_WhenSameIndexAlreadyRebuilding_RefusesTheSecondAndReportsRebuilding()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var populator = new ListPopulator("ExternalIndex", Numbered(3)) { Gate = gate.Task };
        var rebuilder = new IndexRebuilder(_registry, [populator]);

        var first = rebuilder.RebuildAsync("ExternalIndex");
        await populator.Started.WaitAsync(TimeSpan.FromSeconds(10));
        var second = await rebuilder.RebuildAsync("externalindex");
        var healthDuring = _index.Index.GetHealth();
        var progressDuring = rebuilder.GetProgress("ExternalIndex");
        gate.SetResult();
        var firstResult = await first.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(IndexRebuildStatus.AlreadyRebuilding, second.Status);
        Assert.Equal(IndexHealthStatus.Rebuilding, healthDuring.Status);
        Assert.NotNull(progressDuring);
        Assert.Equal(IndexRebuildStatus.Success, firstResult.Status);
        Assert.False(rebuilder.IsRebuilding("ExternalIndex"));
        Assert.True(_index.Index.GetHealth().IsHealthy);
    }

    [Fact]
    public async Task RebuildAsync_WhileFilling_CommitsNothingYetWaitsForChangesStillSeeTheWrites()
    {
        // Commits would otherwise follow every write within a millisecond.
        using var index = TestIndex.Create(options => options.CommitInterval = TimeSpan.FromMilliseconds(1), name: "InternalIndex");
        var registry = new IndexRegistry();
        registry.TryAdd(index.Index);
        await index.IndexAsync(Career("stale", "Removed career"));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var populator = new HalfwayGatedPopulator("InternalIndex", Numbered(10), gate.Task);

        var rebuild = new IndexRebuilder(registry, [populator]).RebuildAsync("InternalIndex");
        await populator.Halfway.WaitAsync(TimeSpan.FromSeconds(30));
        await index.Index.WaitForChangesAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(100); // room for a commit timer to fire, were one started
        await index.Index.WaitForChangesAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var seenWhileFilling = index.Index.GetDocumentCount();
        var committedWhileFilling = CommittedDocumentCount(index.Path);
        gate.SetResult();
        var result = await rebuild.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(IndexRebuildStatus.Success, result.Status);
        Assert.Equal(5, seenWhileFilling); // read-your-writes holds while periodic reopens are paused
        Assert.Equal(0, committedWhileFilling); // only the wipe is committed until the rebuild ends
        Assert.Equal(10, CommittedDocumentCount(index.Path));
        Assert.Equal(10, index.Index.GetDocumentCount());
    }

    private static int CommittedDocumentCount(string path)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    [Fact]
    public async Task RebuildAsync_WhenIndexUnknown_ReturnsUnknownIndex()
    {
        var rebuilder = new IndexRebuilder(_registry, []);

        Assert.Equal(IndexRebuildStatus.UnknownIndex, (await rebuilder.RebuildAsync("NoSuchIndex")).Status);
    }

    [Fact]
    public async Task RebuildAsync_WhenNoPopulatorIsRegistered_ReturnsNoPopulator()
    {
        var rebuilder = new IndexRebuilder(_registry, [new ListPopulator("InternalIndex", Numbered(1))]);

        Assert.False(rebuilder.CanRebuild("ExternalIndex"));
        Assert.Equal(IndexRebuildStatus.NoPopulator, (await rebuilder.RebuildAsync("ExternalIndex")).Status);
    }

    [Fact]
    public async Task RebuildAsync_WhenSeveralPopulatorsRegistered_IndexesAllOfThem()
    {
        var rebuilder = new IndexRebuilder(_registry,
        [
            new ListPopulator("ExternalIndex", Numbered(3, "content-")),
            new ListPopulator("ExternalIndex", Numbered(2, "media-")),
        ]);

        var result = await rebuilder.RebuildAsync("ExternalIndex");

        Assert.Equal(5, result.ItemCount);
        Assert.Equal(5, _index.Index.GetDocumentCount());
    }
}
