using CareerCms.Web.Content.Published;
using CareerCms.Web.DeliveryApi;
using CareerCms.Web.DeliveryApi.Output.Routing;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.Webhooks;

/// <summary>A content change to deliver; <paramref name="Body"/> is set when it was built already.</summary>
internal sealed record WebhookContentEvent(string EventAlias, Guid Key, int Id, string ContentTypeAlias, string Name, string? Body = null);

/// <summary>
/// Builds webhook bodies inside the content transaction, just before it commits. The published cache still holds
/// the state before the change then, which is the route an unpublished, trashed or deleted item had. A published
/// item's new route is built from the transaction's own rows (its new segment) over the cache (its ancestors).
/// </summary>
internal sealed class WebhookPayloadBuilder(PublishedContentCache cache, DocumentRepository documents, DeliveryApiRouteBuilder routes)
{
    /// <summary>
    /// The body of an event from the published cache as it is now: before the commit for unpublish, trash and
    /// delete (the route the item had), after it for publish (the route it has).
    /// </summary>
    public string BuildFromCache(WebhookContentEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var item = cache.Get(change.Key);
        var route = item is null ? null : routes.Build(item, new PublishedContentSource(cache));
        return new WebhookContentPayload(change.Key, item?.ContentTypeAlias ?? change.ContentTypeAlias, item?.Name ?? change.Name, route).ToJson();
    }

    /// <summary>The body of each event, inside the content transaction.</summary>
    public async Task<IReadOnlyList<(WebhookContentEvent Event, string Body)>> BuildAsync(DatabaseScope scope, IReadOnlyList<WebhookContentEvent> events)
    {
        var published = await LoadPublishedAsync(scope, events.Where(e => e.EventAlias == WebhookEvents.ContentPublish).ToArray()).ConfigureAwait(false);
        var source = new OverlaySource(cache, published);
        var result = new List<(WebhookContentEvent, string)>(events.Count);
        foreach (var change in events)
        {
            if (change.Body is not null)
            {
                result.Add((change, change.Body));
                continue;
            }

            var item = change.EventAlias == WebhookEvents.ContentPublish ? published.GetValueOrDefault(change.Key) : cache.Get(change.Key);
            var route = item is null ? null : routes.Build(item, source);
            var payload = new WebhookContentPayload(change.Key, item?.ContentTypeAlias ?? change.ContentTypeAlias, item?.Name ?? change.Name, route);
            result.Add((change, payload.ToJson()));
        }

        return result;
    }

    // The published items as they will be once committed; an item whose ancestors are not all published is left out
    // (it is not routable, its route is null).
    private async Task<Dictionary<Guid, PublishedDocument>> LoadPublishedAsync(DatabaseScope scope, IReadOnlyList<WebhookContentEvent> events)
    {
        var result = new Dictionary<Guid, PublishedDocument>();
        if (events.Count == 0)
        {
            return result;
        }

        var nodes = new List<Content.Documents.Document>();
        foreach (var change in events)
        {
            if (await documents.GetByKeyAsync(scope.Connection, change.Key, scope.Transaction).ConfigureAwait(false) is { PublishedVersionId: not null } node)
            {
                nodes.Add(node);
            }
        }

        var versions = (await documents.GetVersionsByIdsAsync(scope.Connection, nodes.Select(n => n.PublishedVersionId!.Value).ToArray(), scope.Transaction)
            .ConfigureAwait(false)).ToDictionary(v => v.Id);
        var batchKeys = nodes.ToDictionary(n => n.Id, n => n.Key);
        foreach (var node in nodes.OrderBy(n => n.Level))
        {
            var ancestorKeys = new List<Guid>();
            foreach (var ancestorId in node.AncestorIds)
            {
                var ancestorKey = batchKeys.TryGetValue(ancestorId, out var batchKey) ? batchKey : cache.Get(ancestorId)?.Key;
                if (ancestorKey is { } found)
                {
                    ancestorKeys.Add(found);
                }
            }

            if (ancestorKeys.Count != node.AncestorIds.Count || !versions.TryGetValue(node.PublishedVersionId!.Value, out var version))
            {
                continue;
            }

            result[node.Key] = new PublishedDocument
            {
                Id = node.Id,
                Key = node.Key,
                ParentId = node.ParentId,
                ParentKey = ancestorKeys.Count > 0 ? ancestorKeys[^1] : null,
                Level = node.Level,
                Path = node.Path,
                SortOrder = node.SortOrder,
                ContentTypeAlias = node.ContentTypeAlias,
                Name = version.Name,
                UrlSegment = version.UrlSegment,
                CreateDate = node.CreateDate,
                UpdateDate = node.PublishDate ?? version.VersionDate,
                AncestorKeys = ancestorKeys,
                Values = version.Values,
            };
        }

        return result;
    }

    /// <summary>The published cache with this transaction's newly published items on top.</summary>
    private sealed class OverlaySource(PublishedContentCache cache, IReadOnlyDictionary<Guid, PublishedDocument> overlay) : IDeliveryContentSource
    {
        public bool IsPreview => false;

        public PublishedDocument? Get(Guid key) => overlay.GetValueOrDefault(key) ?? cache.Get(key);

        public IReadOnlyList<PublishedDocument> GetRoots() => cache.GetChildren(null);

        public IReadOnlyList<PublishedDocument> GetChildren(Guid parentKey) => cache.GetChildren(parentKey);
    }
}
