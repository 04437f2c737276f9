using CareerCms.Web.Content.Documents;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.DeliveryApi.Indexing;

/// <summary>Loads documents for indexing: all of them in pages, or one branch, with published versions and ancestor keys.</summary>
public sealed class DeliveryApiDocumentLoader(DatabaseScopeProvider scopeProvider, DocumentRepository documents)
{
    /// <summary>Every document, in batches of <paramref name="batchSize"/>.</summary>
    public async IAsyncEnumerable<DeliveryApiDocumentBatch> LoadAllAsync(int batchSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var all = await documents.GetAllAsync(connection).ConfigureAwait(false);
        var keys = all.ToDictionary(d => d.Id, d => d.Key);
        foreach (var chunk in all.Chunk(batchSize))
        {
            yield return await BatchAsync(connection, chunk, keys).ConfigureAwait(false);
        }
    }

    /// <summary>Total number of documents (for rebuild progress).</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await documents.CountAsync(connection).ConfigureAwait(false);
    }

    /// <summary>A node, optionally with its descendants; null when the node no longer exists.</summary>
    public async Task<DeliveryApiDocumentBatch?> LoadAsync(int id, bool withDescendants, CancellationToken cancellationToken)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var node = await documents.GetByIdAsync(connection, id).ConfigureAwait(false);
        if (node is null)
        {
            return null;
        }

        var branch = new List<Document> { node };
        if (withDescendants)
        {
            branch.AddRange(await documents.GetDescendantsAsync(connection, node).ConfigureAwait(false));
        }

        var ancestors = await documents.GetByIdsAsync(connection, node.AncestorIds.ToArray()).ConfigureAwait(false);
        var keys = branch.Concat(ancestors).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First().Key);
        return await BatchAsync(connection, branch, keys).ConfigureAwait(false);
    }

    private async Task<DeliveryApiDocumentBatch> BatchAsync(System.Data.Common.DbConnection connection, IReadOnlyList<Document> batch, IReadOnlyDictionary<int, Guid> keys)
    {
        var versionIds = batch.Where(d => d.PublishedVersionId is not null).Select(d => d.PublishedVersionId!.Value).ToArray();
        var versions = await documents.GetVersionsByIdsAsync(connection, versionIds).ConfigureAwait(false);
        var byNode = versions.ToDictionary(v => v.NodeId);
        return new DeliveryApiDocumentBatch(batch, byNode, keys);
    }
}
