using System.Collections.Concurrent;
using CareerCms.Web.Content.Published;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.DeliveryApi.Routing;

/// <summary>
/// Collects the route changes the published cache reports (rename, move, an ancestor's rename) until
/// <see cref="DeliveryApiRedirectRecorder"/> records them. Ignores them when
/// <c>Umbraco:CMS:WebRouting:DisableRedirectUrlTracking</c> is true. Singleton.
/// </summary>
internal sealed class DeliveryApiRouteChangeQueue(IOptionsMonitor<DeliveryApiSettings> settings) : IPublishedRouteChangeObserver
{
    private readonly ConcurrentQueue<PublishedRouteChange> _pending = new();

    /// <inheritdoc />
    public void OnRoutesChanged(IReadOnlyList<PublishedRouteChange> changes)
    {
        if (settings.CurrentValue.DisableRedirectUrlTracking)
        {
            return;
        }

        foreach (var change in changes)
        {
            _pending.Enqueue(change);
        }
    }

    /// <summary>Takes every pending change: the old route and the document that had it (the latest per route).</summary>
    public IReadOnlyCollection<(string Route, Guid Key)> Drain()
    {
        var redirects = new Dictionary<string, Guid>(StringComparer.Ordinal);
        while (_pending.TryDequeue(out var change))
        {
            redirects[change.PreviousRoute] = change.Key;
        }

        return [.. redirects.Select(r => (r.Key, r.Value))];
    }
}
