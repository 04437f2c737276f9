using CareerCms.Web.Content.Published;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;

namespace CareerCms.Web.DeliveryApi.OutputCache;

/// <summary>
/// Evicts exactly the Delivery API entries a content change affects, on every node (the notification follows each
/// journal instruction after the published cache is refreshed). The rule is on <see cref="DeliveryApiOutputCache"/>;
/// packages add tags through Core's <see cref="IDeliveryApiOutputCacheEvictionProvider"/>.
/// </summary>
internal sealed class DeliveryApiOutputCacheEvictionHandler(
    IDeliveryApiOutputCacheManager manager,
    PublishedContentCache cache,
    DeliveryApiRootSnapshot rootSnapshot,
    IOptionsMonitor<DeliveryApiSettings> settings,
    IEnumerable<IDeliveryApiOutputCacheEvictionProvider> providers) : INotificationAsyncHandler<ContentCacheRefresherNotification>
{
    /// <inheritdoc />
    public async Task HandleAsync(ContentCacheRefresherNotification notification, CancellationToken cancellationToken)
    {
        // Off: nothing was stored (the policy stores nothing while the setting is off).
        if (!settings.CurrentValue.OutputCache.Enabled || notification.MessageObject is not ContentCacheRefresher.JsonPayload[] payloads)
        {
            return;
        }

        if (payloads.Any(p => p.ChangeTypes.HasFlag(TreeChangeTypes.RefreshAll)))
        {
            rootSnapshot.Swap(cache.GetChildren(null).Select(r => r.Key).ToHashSet());
            await manager.EvictAllContentAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var currentRoots = cache.GetChildren(null).Select(r => r.Key).ToHashSet();
        var previousRoots = rootSnapshot.Swap(currentRoots);
        var current = settings.CurrentValue;
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var payload in payloads)
        {
            if (payload.Key is not { } key)
            {
                // A payload without a key cannot be targeted: drop everything rather than serve stale answers.
                await manager.EvictAllContentAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            tags.Add(DeliveryApiOutputCache.ContentTag(key));
            if (payload.ChangeTypes.HasFlag(TreeChangeTypes.RefreshBranch) || payload.ChangeTypes.HasFlag(TreeChangeTypes.Remove))
            {
                tags.Add(DeliveryApiOutputCache.AncestorTag(key));
            }

            // An item of an excluded document type is not in the index, so no query can return it.
            if (cache.Get(key) is not { } item || current.IsAllowed(item.ContentTypeAlias))
            {
                tags.Add(DeliveryApiOutputCache.QueryTag);
            }

            if (currentRoots.Contains(key) || previousRoots.Contains(key))
            {
                tags.Add(DeliveryApiOutputCache.RoutingTag);
            }

            var changed = new OutputCacheContentChangedContext(payload.Id, key, payload.PublishedCultures ?? [], payload.UnpublishedCultures ?? []);
            foreach (var provider in providers)
            {
                tags.UnionWith(await provider.GetAdditionalEvictionTagsAsync(changed, cancellationToken).ConfigureAwait(false));
            }
        }

        foreach (var tag in tags)
        {
            await manager.EvictByTagAsync(tag, cancellationToken).ConfigureAwait(false);
        }
    }
}
