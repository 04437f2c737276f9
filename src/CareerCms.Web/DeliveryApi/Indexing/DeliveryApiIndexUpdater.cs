using CareerCms.Search.Indexing;
using CareerCms.Search.Rebuilding;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Web.DeliveryApi.Indexing;

/// <summary>
/// Keeps DeliveryApiContentIndex current from Core's cache-refresher notification, so every node of a
/// load-balanced site updates its own index. Awaits the searcher refresh: when a content operation returns, its
/// changes are queryable.
/// </summary>
internal sealed class DeliveryApiIndexUpdater(
    IndexRegistryAccessor indexes,
    DeliveryApiDocumentLoader loader,
    DeliveryApiValueSetBuilder builder,
    IndexRebuilder rebuilder,
    DeliveryApiIndexWriteGate gate) : INotificationAsyncHandler<ContentCacheRefresherNotification>
{
    /// <inheritdoc />
    public async Task HandleAsync(ContentCacheRefresherNotification notification, CancellationToken cancellationToken)
    {
        if (notification.MessageObject is not ContentCacheRefresher.JsonPayload[] payloads || indexes.DeliveryApi is not { } index)
        {
            return;
        }

        if (payloads.Any(p => p.ChangeTypes.HasFlag(TreeChangeTypes.RefreshAll)))
        {
            await rebuilder.RebuildAsync(index.Name, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        await gate.RunAsync(() => QueueAsync(index, payloads, cancellationToken), cancellationToken).ConfigureAwait(false);
        await index.WaitForChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task QueueAsync(LuceneIndex index, ContentCacheRefresher.JsonPayload[] payloads, CancellationToken cancellationToken)
    {
        foreach (var payload in payloads)
        {
            if (payload.ChangeTypes.HasFlag(TreeChangeTypes.Remove))
            {
                RemoveBranch(index, payload.Id, payload.Key);
                continue;
            }

            var branch = payload.ChangeTypes.HasFlag(TreeChangeTypes.RefreshBranch);
            var batch = await loader.LoadAsync(payload.Id, branch, cancellationToken).ConfigureAwait(false);
            if (batch is null)
            {
                RemoveBranch(index, payload.Id, payload.Key);
                continue;
            }

            var (toIndex, toDelete) = builder.Build(batch);
            if (toDelete.Count > 0)
            {
                index.DeleteFromIndex(toDelete);
            }

            if (toIndex.Count > 0)
            {
                index.IndexItems(toIndex);
            }
        }
    }

    private static void RemoveBranch(LuceneIndex index, int id, Guid? key)
    {
        var ids = new List<string> { DeliveryApiValueSetBuilder.IndexId(id) };
        if (key is { } k)
        {
            var descendants = index.Searcher.CreateQuery().RawField(DeliveryApiIndexFieldNames.AncestorIds, k.ToString("D"))
                .SelectFields(DeliveryApiIndexFieldNames.Id)
                .Execute(0, (int)Math.Max(1, index.GetDocumentCount()));
            ids.AddRange(descendants.Items.Select(r => r.Id));
        }

        index.DeleteFromIndex(ids);
    }
}
