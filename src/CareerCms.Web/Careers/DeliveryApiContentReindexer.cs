using CareerCms.Plugin.Ports;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using CareerCms.Web.DeliveryApi.Indexing;
using Dapper;

namespace CareerCms.Web.Careers;

/// <summary>
/// The host's <see cref="IContentReindexer"/>: loads the documents (one query for the batch, one for their
/// ancestors, one for their published versions), builds their value sets with the Delivery API's own builder
/// (every index handler runs, the plugin's included) and writes them to DeliveryApiContentIndex, waiting until
/// they are searchable. Trashed or disallowed documents are removed from the index, as the index updater does.
/// </summary>
public sealed class DeliveryApiContentReindexer(
    IServiceProvider services,
    DatabaseScopeProvider database,
    DocumentRepository documents,
    ILogger<DeliveryApiContentReindexer> logger) : IContentReindexer
{
    /// <inheritdoc />
    public async Task ReindexAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);

        // Resolved per call, not injected: the Delivery API (and its index) is a host feature a site may leave
        // out, and the plugin must still start without it.
        if (keys.Count == 0
            || services.GetService<IndexRegistryAccessor>()?.DeliveryApi is not { } index
            || services.GetService<DeliveryApiValueSetBuilder>() is not { } builder)
        {
            return;
        }

        // Read and queue under the index's write gate: a refresh that reads newer content queues after this one.
        var gate = services.GetRequiredService<DeliveryApiIndexWriteGate>();
        var indexed = 0;
        await gate.RunAsync(
            async () =>
            {
                var batch = await LoadAsync(keys, cancellationToken).ConfigureAwait(false);
                var (toIndex, toDelete) = builder.Build(batch);
                if (toDelete.Count > 0)
                {
                    index.DeleteFromIndex(toDelete);
                }

                if (toIndex.Count > 0)
                {
                    index.IndexItems(toIndex);
                }

                indexed = toIndex.Count;
            },
            cancellationToken).ConfigureAwait(false);

        await index.WaitForChangesAsync(cancellationToken).ConfigureAwait(false);
        logger.LogDebug("Re-indexed {Count} documents for CareerCms", indexed);
    }

    private async Task<DeliveryApiDocumentBatch> LoadAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var ids = (await connection.QueryAsync<int>(
            "SELECT id FROM umbracoNode WHERE " + database.Dialect.InList("uniqueId", "@keys"),
            new { keys = keys.Select(k => k.ToString("D")).ToArray() }).ConfigureAwait(false)).ToArray();
        var nodes = await documents.GetByIdsAsync(connection, ids).ConfigureAwait(false);
        var ancestorIds = nodes.SelectMany(n => n.AncestorIds).Distinct().Except(ids).ToArray();
        var ancestors = await documents.GetByIdsAsync(connection, ancestorIds).ConfigureAwait(false);
        var versionIds = nodes.Where(n => n.PublishedVersionId is not null).Select(n => n.PublishedVersionId!.Value).ToArray();
        var versions = await documents.GetVersionsByIdsAsync(connection, versionIds).ConfigureAwait(false);
        return new DeliveryApiDocumentBatch(
            nodes,
            versions.ToDictionary(v => v.NodeId),
            nodes.Concat(ancestors).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First().Key));
    }
}
