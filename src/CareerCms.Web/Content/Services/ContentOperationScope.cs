using CareerCms.Web.Composition;
using CareerCms.Web.Persistence;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Content.Services;

/// <summary>
/// One content operation: a database transaction plus Core's scoped notification publisher. Cancelable
/// ("-ing") notifications go out at once; the "-ed" ones are queued and published only after the commit.
/// </summary>
public sealed class ContentOperationScope : IAsyncDisposable
{
    private readonly IScopedNotificationPublisher _publisher;
    private bool _completed;

    private ContentOperationScope(DatabaseScope database, IScopedNotificationPublisher publisher)
    {
        Database = database;
        _publisher = publisher;
    }

    /// <summary>The transaction.</summary>
    public DatabaseScope Database { get; }

    /// <summary>Messages handlers add (shown to the editor).</summary>
    public EventMessages Messages { get; } = new();

    /// <summary>Opens an operation scope.</summary>
    /// <remarks>
    /// Not async itself: the database scope must become ambient in the caller's execution context (an async method
    /// would restore the context on return), so notification handlers and nested operations join the transaction.
    /// </remarks>
    public static Task<ContentOperationScope> BeginAsync(
        DatabaseScopeProvider scopeProvider, IScopedNotificationPublisherFactory publisherFactory, CancellationToken cancellationToken)
    {
        var database = scopeProvider.CreateScopeAsync(cancellationToken);
        return WrapAsync(database, publisherFactory);

        static async Task<ContentOperationScope> WrapAsync(Task<DatabaseScope> database, IScopedNotificationPublisherFactory factory) =>
            new(await database.ConfigureAwait(false), factory.Create());
    }

    /// <summary>Publishes a cancelable notification; returns the cancel messages when a handler cancelled.</summary>
    public IReadOnlyList<string>? PublishCancelable(ICancelableNotification notification)
    {
        if (!_publisher.PublishCancelable(notification))
        {
            return null;
        }

        var messages = Messages.GetAll().Select(m => m.Message).Where(m => !string.IsNullOrEmpty(m)).ToArray();
        return messages.Length > 0 ? messages : ["The operation was cancelled by a notification handler."];
    }

    /// <summary>Queues an "after" notification for publication once the transaction commits.</summary>
    public void PublishAfterCommit(INotification notification) => _publisher.Publish(notification);

    /// <summary>Commits on dispose; queued notifications then run after the journal's refreshers.</summary>
    public void Complete()
    {
        _completed = true;
        Database.Complete();
        Database.OnCommitted(() =>
        {
            _publisher.ScopeExit(true);
            return Task.CompletedTask;
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync().ConfigureAwait(false);
        if (!_completed)
        {
            _publisher.ScopeExit(false);
        }
    }
}
