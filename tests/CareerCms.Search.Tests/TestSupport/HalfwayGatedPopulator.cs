using System.Runtime.CompilerServices;
using CareerCms.Search.Indexing;
using CareerCms.Search.Model;
using CareerCms.Search.Rebuilding;

namespace CareerCms.Search.Tests.TestSupport;

/// <summary>A populator that yields the first half of its items, then holds until its gate opens.</summary>
internal sealed class HalfwayGatedPopulator(string indexName, IReadOnlyList<ValueSet> items, Task gate) : IIndexPopulator
{
    private readonly TaskCompletionSource _halfway = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first half has been handed to the rebuilder (which has queued its write).</summary>
    public Task Halfway => _halfway.Task;

    public bool IsRegistered(LuceneIndex index) => string.Equals(index.Name, indexName, StringComparison.OrdinalIgnoreCase);

    public async IAsyncEnumerable<IReadOnlyList<ValueSet>> PopulateAsync(
        LuceneIndex index,
        PopulationProgress progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        progress.AddExpectedTotal(items.Count);
        var half = items.Count / 2;
        yield return items.Take(half).ToList();

        // Resumed when the rebuilder asks for the next batch, after queuing the write of this one.
        _halfway.TrySetResult();
        await gate.WaitAsync(cancellationToken);
        yield return items.Skip(half).ToList();
    }
}
