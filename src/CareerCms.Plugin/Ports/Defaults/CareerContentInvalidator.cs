using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Plugin.Ports.Defaults;

/// <summary>
/// Tells the plugin's own reader that the published content changed (on every node). Registered before the
/// path-count handlers so they read the new content. Does nothing when a host replaced the reader.
/// </summary>
internal sealed class CareerContentInvalidator(ICareerContentReader reader) : INotificationAsyncHandler<ContentCacheRefresherNotification>
{
    /// <inheritdoc />
    public Task HandleAsync(ContentCacheRefresherNotification notification, CancellationToken cancellationToken)
    {
        (reader as PublishedCacheCareerContentReader)?.Invalidate();
        return Task.CompletedTask;
    }
}
