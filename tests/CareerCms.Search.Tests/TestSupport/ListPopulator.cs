using System.Runtime.CompilerServices;
using CareerCms.Search.Indexing;
using CareerCms.Search.Model;
using CareerCms.Search.Rebuilding;

namespace CareerCms.Search.Tests.TestSupport;

/// <summary>A populator over an in-memory list, yielding fixed-size batches; can hold before its first batch.</summary>
internal sealed class ListPopulator(string indexName, IReadOnlyList<ValueSet> items, int batchSize = 100) : IIndexPopulator
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, population waits for this before yielding anything.</summary>
    public Task? Gate { get; init; }

    /// <summary>Completes when population has started.</summary>
    public Task Started => _started.Task;

    public bool IsRegistered(LuceneIndex index) => string.Equals(index.Name, indexName, StringComparison.OrdinalIgnoreCase);

    public async IAsyncEnumerable<IReadOnlyList<ValueSet>> PopulateAsync(
        LuceneIndex index,
        PopulationProgress progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        if (Gate is not null)
        {
            await Gate.WaitAsync(cancellationToken);
        }

        progress.AddExpectedTotal(items.Count);
        foreach (var batch in items.Chunk(batchSize))
        {
            yield return batch;
        }
    }
}
