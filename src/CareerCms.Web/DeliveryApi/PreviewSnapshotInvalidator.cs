using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.DeliveryApi;

/// <summary>Any content change (draft saves included) drops the drafts shared by preview requests.</summary>
internal sealed class PreviewSnapshotInvalidator(PreviewContentSnapshots snapshots) : INotificationHandler<ContentCacheRefresherNotification>
{
    /// <inheritdoc />
    public void Handle(ContentCacheRefresherNotification notification) => snapshots.Invalidate();
}
