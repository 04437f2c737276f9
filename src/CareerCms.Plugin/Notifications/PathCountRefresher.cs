using CareerCms.Plugin.Careers;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Plugin.Notifications;

/// <summary>
/// Keeps path counts current on every node: Core's cache-refresher notification fires on each node after the
/// change is committed and the published cache refreshed, for publish, unpublish, move, trash, restore and delete
/// alike (Published/Unpublished notifications fire only on the node that made the change).
/// </summary>
internal sealed class PathCountRefresher(PathCountSynchronizer synchronizer, PathCountChanges changes)
    : INotificationAsyncHandler<ContentCacheRefresherNotification>
{
    /// <inheritdoc />
    public Task HandleAsync(ContentCacheRefresherNotification notification, CancellationToken cancellationToken)
    {
        if (notification.MessageObject is not ContentCacheRefresher.JsonPayload[] payloads)
        {
            return Task.CompletedTask;
        }

        var relevant = payloads.Where(p => !p.Blueprint).ToArray();
        if (relevant.Length == 0)
        {
            return Task.CompletedTask;
        }

        // One pass for every payload of the notification (an instruction can carry hundreds): each payload's branch
        // is read and applied, so a publish costs what its branch holds, not what the site holds. Only a full
        // refresh (an import, a cold boot) recounts.
        var update = relevant.Any(p => p.Key is null || p.ChangeTypes.HasFlag(TreeChangeTypes.RefreshAll))
            ? synchronizer.RecountAll()
            : synchronizer.RefreshBranches([.. relevant.Select(p => p.Key!.Value)]);
        changes.Add(update.ChangedCareerKeys);
        return Task.CompletedTask;
    }
}
