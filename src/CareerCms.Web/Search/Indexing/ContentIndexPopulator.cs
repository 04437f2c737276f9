using CareerCms.Search.Indexing;
using CareerCms.Search.Model;
using CareerCms.Search.Rebuilding;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Fills ExternalIndex (routable documents, published values) or InternalIndex (every document, drafts) from the
/// database during a rebuild, and tells <see cref="ContentIndexSync"/> where in the journal the data stands so
/// changes made during the rebuild are replayed after it.
/// </summary>
public sealed class ContentIndexPopulator(
    ContentIndexLoader loader,
    ContentValueSetBuilder builder,
    ContentIndexSync sync,
    IOptionsMonitor<ContentIndexingOptions> options) : IIndexPopulator
{
    /// <inheritdoc />
    public bool IsRegistered(LuceneIndex index) => ContentIndexNames.IsContentIndex(index.Name);

    /// <inheritdoc />
    public async IAsyncEnumerable<IReadOnlyList<ValueSet>> PopulateAsync(
        LuceneIndex index, PopulationProgress progress, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(progress);
        var publishedOnly = ContentIndexNames.IsPublishedOnly(index.Name);
        var snapshot = await sync.BeginPopulationAsync(index.Name, cancellationToken).ConfigureAwait(false);
        var completed = false;
        try
        {
            // Each batch's value sets are built on another thread while the next batch loads. The index was wiped
            // first: documents that must not be in it simply are not written.
            Task<IReadOnlyList<ValueSet>>? building = null;
            await foreach (var batch in loader.LoadAllAsync(options.CurrentValue.BatchSize, publishedOnly, progress.AddExpectedTotal, cancellationToken).ConfigureAwait(false))
            {
                var next = Task.Run(() => builder.Build(batch, publishedOnly).Index, cancellationToken);
                if (building is not null)
                {
                    yield return await building.ConfigureAwait(false);
                }

                building = next;
            }

            if (building is not null)
            {
                yield return await building.ConfigureAwait(false);
            }

            completed = true;
        }
        finally
        {
            sync.EndPopulation(index.Name, snapshot, completed);
        }
    }
}
