using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.Notifications;

/// <summary>Re-indexes transition paths whose counted starts changed, so <c>engagement</c> sorts on the new value.</summary>
internal sealed class EngagementIndexUpdater(IContentReindexer reindexer) : IPathStartCountsObserver
{
    /// <inheritdoc />
    public Task CountsChangedAsync(IReadOnlyCollection<Guid> pathKeys, CancellationToken cancellationToken) =>
        pathKeys.Count == 0 ? Task.CompletedTask : reindexer.ReindexAsync(pathKeys, cancellationToken);
}
