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
            await foreach (var batch in loader.LoadAllAsync(options.CurrentValue.BatchSize, publishedOnly, progress.AddExpectedTotal, cancellationToken).ConfigureAwait(false))
            {
                // The index was wiped first: documents that must not be in it simply are not written.
                yield return builder.Build(batch, publishedOnly).Index;
            }

            completed = true;
        }
        finally
        {
            sync.EndPopulation(index.Name, snapshot, completed);
        }
    }
}
