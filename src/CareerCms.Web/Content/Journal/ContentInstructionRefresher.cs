using CareerCms.Web.Content.Published;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Cms.Core.Sync;

namespace CareerCms.Web.Content.Journal;

/// <summary>
/// Applies content instructions: refreshes the published cache, then publishes Core's
/// <see cref="ContentCacheRefresherNotification"/> so indexes and packages update on every node.
/// </summary>
public sealed class ContentInstructionRefresher(PublishedContentCache cache, IEventAggregator eventAggregator) : ICacheInstructionRefresher
{
    /// <inheritdoc />
    public string Name => CacheInstruction.Content;

    /// <inheritdoc />
    public async Task RefreshAsync(CacheInstruction instruction, CancellationToken cancellationToken)
    {
        foreach (var payload in instruction.Payloads)
        {
            if (payload.ChangeTypes.HasFlag(TreeChangeTypes.Remove))
            {
                cache.RemoveBranch(payload.Id);
            }
            else if (payload.ChangeTypes.HasFlag(TreeChangeTypes.RefreshAll))
            {
                await cache.RebuildAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (payload.ChangeTypes.HasFlag(TreeChangeTypes.RefreshBranch))
            {
                await cache.RefreshBranchAsync(payload.Id, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await cache.RefreshNodeAsync(payload.Id, cancellationToken).ConfigureAwait(false);
            }
        }

        await eventAggregator.PublishAsync(
            new ContentCacheRefresherNotification(instruction.Payloads.ToArray(), MessageType.RefreshByPayload),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RefreshAllAsync(bool coldBoot, CancellationToken cancellationToken)
    {
        await cache.RebuildAsync(cancellationToken).ConfigureAwait(false);
        if (!coldBoot)
        {
            return;
        }

        await eventAggregator.PublishAsync(
            new ContentCacheRefresherNotification(
                new[] { new Umbraco.Cms.Core.Cache.ContentCacheRefresher.JsonPayload { ChangeTypes = TreeChangeTypes.RefreshAll } },
                MessageType.RefreshByPayload),
            cancellationToken).ConfigureAwait(false);
    }
}
