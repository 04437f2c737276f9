using CareerCms.Plugin.Ports;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Plugin.Notifications;

/// <summary>
/// Re-indexes the careers whose path counts changed, so DeliveryApiContentIndex filters and sorts on the new
/// <c>pathCount</c>/<c>outgoingPathCount</c> as soon as the content operation returns. Registered right after
/// <see cref="PathCountRefresher"/>, which collects the changes.
/// </summary>
internal sealed class PathCountIndexUpdater(PathCountChanges changes, IContentReindexer reindexer)
    : INotificationAsyncHandler<ContentCacheRefresherNotification>
{
    /// <inheritdoc />
    public async Task HandleAsync(ContentCacheRefresherNotification notification, CancellationToken cancellationToken)
    {
        var careers = changes.TakeAll();
        if (careers.Count == 0)
        {
            return;
        }

        try
        {
            await reindexer.ReindexAsync(careers, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Not lost: the next notification (or the start-up pass) re-indexes them.
            changes.Add(careers);
            throw;
        }
    }
}
