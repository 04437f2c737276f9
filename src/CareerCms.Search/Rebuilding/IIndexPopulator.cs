using CareerCms.Search.Indexing;
using CareerCms.Search.Model;

namespace CareerCms.Search.Rebuilding;

/// <summary>The data source of one or more indexes: yields every item to index during a rebuild.</summary>
public interface IIndexPopulator
{
    /// <summary>True if this populator fills <paramref name="index"/> (usually decided by its name).</summary>
    bool IsRegistered(LuceneIndex index);

    /// <summary>
    /// Yields all items for <paramref name="index"/> in batches (for example one database page each). Call
    /// <see cref="PopulationProgress.AddExpectedTotal"/> once the item count is known so progress shows a total.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<ValueSet>> PopulateAsync(LuceneIndex index, PopulationProgress progress, CancellationToken cancellationToken);
}
