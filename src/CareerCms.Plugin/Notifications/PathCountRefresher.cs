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

        // A branch change can carry any number of careers and paths in or out of the published content, and a
        // removed branch can no longer be read: recount. A single node (a save, a sort) is applied on its own.
        var update = relevant.Any(p => p.Key is null || !IsSingleNode(p.ChangeTypes))
            ? synchronizer.RecountAll()
            : relevant.Aggregate(new PathCountUpdate([], []), (sum, p) => PathCountSynchronizer.Merge(sum, synchronizer.Refresh(p.Key!.Value)));
        changes.Add(update.ChangedCareerKeys);
        return Task.CompletedTask;
    }

    private static bool IsSingleNode(TreeChangeTypes types) =>
        (types & (TreeChangeTypes.RefreshAll | TreeChangeTypes.RefreshBranch | TreeChangeTypes.Remove)) == 0;
}
