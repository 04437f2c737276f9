using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.DeliveryApi.Routing;

/// <summary>
/// Umbraco's redirect URL tracking for the Delivery API: after each content cache refresh, records the old routes of
/// the documents whose route changed, so a by-path request for an old route answers 301 to the current one.
/// </summary>
internal sealed class DeliveryApiRedirectRecorder(DeliveryApiRouteChangeQueue queue, DeliveryApiRedirectStore store)
    : INotificationAsyncHandler<ContentCacheRefresherNotification>
{
    /// <inheritdoc />
    public Task HandleAsync(ContentCacheRefresherNotification notification, CancellationToken cancellationToken) =>
        store.RecordAsync(queue.Drain(), cancellationToken);
}
