using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Plugin.Ports.Defaults;

/// <summary>
/// Tells the content reader which branches of the published content changed (on every node). Registered before the
/// path-count handlers so they read the new content. Does nothing for a reader that keeps nothing between reads.
/// </summary>
internal sealed class CareerContentInvalidator(ICareerContentReader reader) : INotificationAsyncHandler<ContentCacheRefresherNotification>
{
    /// <inheritdoc />
    public Task HandleAsync(ContentCacheRefresherNotification notification, CancellationToken cancellationToken)
    {
        if (reader is not IRefreshableCareerContentReader refreshable)
        {
            return Task.CompletedTask;
        }

        if (notification.MessageObject is not ContentCacheRefresher.JsonPayload[] payloads)
        {
            refreshable.Refreshed(null);
            return Task.CompletedTask;
        }

        // Blueprints are never published content.
        var relevant = payloads.Where(p => !p.Blueprint).ToList();
        if (relevant.Count == 0)
        {
            return Task.CompletedTask;
        }

        refreshable.Refreshed(relevant.Any(p => p.Key is null || p.ChangeTypes.HasFlag(TreeChangeTypes.RefreshAll))
            ? null
            : [.. relevant.Select(p => p.Key!.Value).Distinct()]);
        return Task.CompletedTask;
    }
}
