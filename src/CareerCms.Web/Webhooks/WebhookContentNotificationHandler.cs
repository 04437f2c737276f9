using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Webhooks;

/// <summary>
/// Feeds the <see cref="WebhookOutbox"/>: the cancelable "-ing" notifications run inside the operation before its
/// commit (transactional rows, or the routes items had), the "-ed" ones after it (the after-commit path).
/// </summary>
internal sealed class WebhookContentNotificationHandler(WebhookOutbox outbox) :
    INotificationHandler<ContentPublishingNotification>,
    INotificationHandler<ContentUnpublishingNotification>,
    INotificationHandler<ContentMovingToRecycleBinNotification>,
    INotificationHandler<ContentDeletingNotification>,
    INotificationHandler<ContentPublishedNotification>,
    INotificationHandler<ContentUnpublishedNotification>,
    INotificationHandler<ContentMovedToRecycleBinNotification>,
    INotificationHandler<ContentDeletedNotification>
{
    /// <inheritdoc />
    public void Handle(ContentPublishingNotification notification) =>
        outbox.Capture(WebhookEvents.ContentPublish, notification.PublishedEntities, notification.Messages);

    /// <inheritdoc />
    public void Handle(ContentUnpublishingNotification notification) =>
        outbox.Capture(WebhookEvents.ContentUnpublish, notification.UnpublishedEntities, notification.Messages);

    /// <inheritdoc />
    public void Handle(ContentMovingToRecycleBinNotification notification) =>
        outbox.Capture(WebhookEvents.ContentMovedToRecycleBin, notification.MoveInfoCollection.Select(m => m.Entity), notification.Messages);

    /// <inheritdoc />
    public void Handle(ContentDeletingNotification notification) =>
        outbox.Capture(WebhookEvents.ContentDelete, notification.DeletedEntities, notification.Messages);

    /// <inheritdoc />
    public void Handle(ContentPublishedNotification notification) =>
        outbox.Committed(WebhookEvents.ContentPublish, notification.PublishedEntities, notification.Messages);

    /// <inheritdoc />
    public void Handle(ContentUnpublishedNotification notification) =>
        outbox.Committed(WebhookEvents.ContentUnpublish, notification.UnpublishedEntities, notification.Messages);

    /// <inheritdoc />
    public void Handle(ContentMovedToRecycleBinNotification notification) =>
        outbox.Committed(WebhookEvents.ContentMovedToRecycleBin, notification.MoveInfoCollection.Select(m => m.Entity), notification.Messages);

    /// <inheritdoc />
    public void Handle(ContentDeletedNotification notification) =>
        outbox.Committed(WebhookEvents.ContentDelete, notification.DeletedEntities, notification.Messages);
}
