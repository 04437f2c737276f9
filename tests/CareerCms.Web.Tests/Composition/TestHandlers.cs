using System.Collections.Concurrent;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Tests.Composition;

/// <summary>Cancels publishing any document whose name contains "[blocked]".</summary>
public sealed class BlockedNamePublishingHandler : INotificationHandler<ContentPublishingNotification>
{
    public const string Message = "Names containing [blocked] may not be published.";

    public void Handle(ContentPublishingNotification notification)
    {
        if (notification.PublishedEntities.Any(c => c.Name?.Contains("[blocked]", StringComparison.Ordinal) == true))
        {
            notification.CancelOperation(new EventMessage("Publishing", Message, EventMessageType.Error));
        }
    }
}

/// <summary>Records what after-notifications carried, and the database state at that time.</summary>
public sealed class NotificationRecorder
{
    public ConcurrentQueue<IContent> Published { get; } = new();

    public ConcurrentQueue<IContent> Saved { get; } = new();
}

public sealed class RecordingPublishedHandler(NotificationRecorder recorder) : INotificationHandler<ContentPublishedNotification>
{
    public void Handle(ContentPublishedNotification notification)
    {
        foreach (var content in notification.PublishedEntities)
        {
            recorder.Published.Enqueue(content);
        }
    }
}

public sealed class RecordingSavedAsyncHandler(NotificationRecorder recorder) : INotificationAsyncHandler<ContentSavedNotification>
{
    public Task HandleAsync(ContentSavedNotification notification, CancellationToken cancellationToken)
    {
        foreach (var content in notification.SavedEntities)
        {
            recorder.Saved.Enqueue(content);
        }

        return Task.CompletedTask;
    }
}

/// <summary>A Delivery API filter defined only in the test assembly; type discovery must pick it up.</summary>
public sealed class TestOnlyFilterHandler : IFilterHandler
{
    public bool CanHandle(string query) => query.StartsWith("testOnly:", StringComparison.OrdinalIgnoreCase);

    public FilterOption BuildFilterOption(string filter) => new()
    {
        FieldName = "testOnly",
        Values = [filter["testOnly:".Length..]],
        Operator = FilterOperation.Is,
    };
}
