using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Sync.Export;

/// <summary>
/// uSync's ExportOnSave for content: after an editor's change commits, the item's file is rewritten (saved,
/// published, unpublished, moved, sorted, trashed) or replaced by a Delete marker (deleted). Active when
/// <c>uSync:Settings:ExportOnSave</c> includes Content; paused while an import runs.
/// </summary>
/// <remarks>
/// Core's notification contract is synchronous here (registered with AddNotificationHandler); the work is a few
/// reads and small file writes after the commit, so it is waited on rather than queued, and a failure is logged
/// instead of failing the editor's already-committed operation.
/// </remarks>
internal sealed class ContentExportOnSaveHandler(
    USyncExporter exporter,
    USyncEventState eventState,
    IOptions<USyncSettings> settings,
    IHostEnvironment environment,
    ILogger<ContentExportOnSaveHandler> logger) :
    INotificationHandler<ContentSavedNotification>,
    INotificationHandler<ContentPublishedNotification>,
    INotificationHandler<ContentUnpublishedNotification>,
    INotificationHandler<ContentMovedNotification>,
    INotificationHandler<ContentMovedToRecycleBinNotification>,
    INotificationHandler<ContentSortedNotification>,
    INotificationHandler<ContentDeletedNotification>
{
    public void Handle(ContentSavedNotification notification) => Export(notification.SavedEntities.Select(c => c.Key), descendants: false);

    public void Handle(ContentPublishedNotification notification) => Export(notification.PublishedEntities.Select(c => c.Key), descendants: false);

    public void Handle(ContentUnpublishedNotification notification) => Export(notification.UnpublishedEntities.Select(c => c.Key), descendants: false);

    public void Handle(ContentMovedNotification notification) => Export(notification.MoveInfoCollection.Select(m => m.Entity.Key), descendants: true);

    public void Handle(ContentMovedToRecycleBinNotification notification) => Export(notification.MoveInfoCollection.Select(m => m.Entity.Key), descendants: true);

    public void Handle(ContentSortedNotification notification) => Export(notification.SortedEntities.Select(c => c.Key), descendants: false);

    public void Handle(ContentDeletedNotification notification)
    {
        if (!Active)
        {
            return;
        }

        Run(async () =>
        {
            foreach (var content in notification.DeletedEntities)
            {
                await exporter.WriteContentDeleteMarkerAsync(RootFolder, content.Key, content.Name ?? content.Key.ToString("D")).ConfigureAwait(false);
            }
        });
    }

    private bool Active => !eventState.IsPaused && USyncGroups.Includes(settings.Value.ExportOnSave, USyncGroups.Content);

    private string RootFolder => settings.Value.ResolveRootFolder(environment.ContentRootPath);

    private void Export(IEnumerable<Guid> keys, bool descendants)
    {
        if (!Active)
        {
            return;
        }

        var list = keys.ToArray();
        Run(() => exporter.ExportContentAsync(RootFolder, list, descendants));
    }

    private void Run(Func<Task> work)
    {
        try
        {
            // Task.Run: no captured context can deadlock the wait.
            Task.Run(work).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogError(ex, "uSync export on save failed; the change itself was saved");
        }
    }
}
