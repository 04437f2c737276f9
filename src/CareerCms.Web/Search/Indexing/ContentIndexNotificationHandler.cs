using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Core's cache-refresher notification (fired on every node, after the database commit) wakes the content index
/// worker and returns at once: indexing never runs on the request thread. The worker reads the changes from the
/// journal itself, so it can also replay them after a crash.
/// </summary>
internal sealed class ContentIndexNotificationHandler(ContentIndexSync sync) : INotificationHandler<ContentCacheRefresherNotification>
{
    /// <inheritdoc />
    public void Handle(ContentCacheRefresherNotification notification) => sync.NotifyChanged();
}
