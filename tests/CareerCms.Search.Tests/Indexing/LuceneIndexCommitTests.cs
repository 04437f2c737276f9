using CareerCms.Search.Tests.TestSupport;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Indexing;

public sealed class LuceneIndexCommitTests
{
    [Fact]
    public async Task IndexCommitted_WhenCommitIntervalPasses_FiresAfterSearchersSeeTheCommit()
    {
        using var index = TestIndex.Create(options => options.CommitInterval = TimeSpan.FromMilliseconds(50));
        var seenAtCommit = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        index.Index.IndexCommitted += (_, _) => seenAtCommit.TrySetResult(index.All().TotalItemCount);

        index.Index.IndexItems([Career("1", "Site Reliability Engineer")]);

        Assert.Equal(1, await seenAtCommit.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task IndexItems_WhenManyWritesWithinInterval_CommitsThemTogether()
    {
        using var index = TestIndex.Create(options => options.CommitInterval = TimeSpan.FromMilliseconds(200));
        var commits = 0;
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        index.Index.IndexCommitted += (_, _) =>
        {
            Interlocked.Increment(ref commits);
            committed.TrySetResult();
        };

        foreach (var item in Numbered(20))
        {
            index.Index.IndexItems([item]);
        }

        await index.Index.WaitForChangesAsync();
        await committed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, Volatile.Read(ref commits));
        Assert.Equal(20, index.Index.GetDocumentCount());
    }

    [Fact]
    public void IndexItems_WhenSynchronous_IsSearchableWhenCallReturns()
    {
        using var index = TestIndex.Create(options => options.Synchronous = true);

        index.Index.IndexItems([Career("1", "Prompt Engineer")]);

        Assert.Equal(1, index.All().TotalItemCount);
    }

    [Fact]
    public void Dispose_WhenWritesAreQueued_CommitsThemBeforeClosing()
    {
        using var folder = new TempIndexFolder();
        using (var index = TestIndex.At(folder.Path, options => options.CommitInterval = TimeSpan.FromMinutes(5)))
        {
            index.Index.IndexItems(Numbered(50));
        }

        using var reopened = TestIndex.At(folder.Path);
        Assert.Equal(50, reopened.Index.GetDocumentCount());
        Assert.False(reopened.Index.CreatedOnOpen);
    }

    [Fact]
    public async Task WaitForChangesAsync_WhenNrtDisabled_StillReadsYourWrites()
    {
        using var index = TestIndex.Create(options => options.NrtEnabled = false);

        await index.IndexAsync(Career("1", "Analytics Engineer"));

        Assert.Equal(1, index.All().TotalItemCount);
    }
}
