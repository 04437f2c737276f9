using Umbraco.Cms.Core.Events;

namespace CareerCms.Web.Composition;

/// <summary>Creates Core's scoped publisher: cancelable notifications go out at once, the others at scope exit.</summary>
public interface IScopedNotificationPublisherFactory
{
    /// <summary>A publisher for one operation.</summary>
    IScopedNotificationPublisher Create();
}

/// <inheritdoc />
internal sealed class ScopedNotificationPublisherFactory(IEventAggregator eventAggregator) : IScopedNotificationPublisherFactory
{
    /// <inheritdoc />
    public IScopedNotificationPublisher Create() => new ScopedNotificationPublisher(eventAggregator);
}
