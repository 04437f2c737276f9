using CareerCms.Search.Indexing;
using CareerCms.Search.Model;
using CareerCms.Search.Rebuilding;

namespace CareerCms.Web.DeliveryApi.Indexing;

/// <summary>Fills DeliveryApiContentIndex from the database during a rebuild.</summary>
public sealed class DeliveryApiIndexPopulator(DeliveryApiDocumentLoader loader, DeliveryApiValueSetBuilder builder) : IIndexPopulator
{
    /// <summary>Documents per batch.</summary>
    public const int BatchSize = 500;

    /// <inheritdoc />
    public bool IsRegistered(LuceneIndex index) => index.Name == DeliveryApiIndexFieldNames.IndexName;

    /// <inheritdoc />
    public async IAsyncEnumerable<IReadOnlyList<ValueSet>> PopulateAsync(
        LuceneIndex index, PopulationProgress progress, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        progress.AddExpectedTotal(await loader.CountAsync(cancellationToken).ConfigureAwait(false));
        await foreach (var batch in loader.LoadAllAsync(BatchSize, cancellationToken).ConfigureAwait(false))
        {
            yield return builder.Build(batch).Index;
        }
    }
}
