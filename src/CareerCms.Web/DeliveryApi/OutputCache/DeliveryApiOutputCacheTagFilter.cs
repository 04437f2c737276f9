using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerCms.Web.Content.Published;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerCms.Web.DeliveryApi.OutputCache;

/// <summary>
/// Tags a cacheable content answer with what it was built from: for every content item in the JSON (the items
/// themselves and every picked item, shallow or expanded) its key, its ancestors' keys and its document type, and
/// the keys its stored values reference (pickers, links and rich text links whose routes the answer shows); plus
/// <see cref="DeliveryApiOutputCache.QueryTag"/> on query answers and <see cref="DeliveryApiOutputCache.RoutingTag"/>
/// on answers that resolved a path or a Start-Item. Does nothing when the request is not being cached.
/// </summary>
internal sealed partial class DeliveryApiOutputCacheTagFilter(PublishedContentCache cache) : IEndpointFilter
{
    private const int MaxDepth = 64;

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context).ConfigureAwait(false);
        var http = context.HttpContext;
        if (http.Features.Get<IOutputCacheFeature>()?.Context is not { EnableOutputCaching: true, AllowCacheStorage: true } cacheContext
            || (result as IValueHttpResult)?.Value is not JsonNode json)
        {
            return result;
        }

        var tags = cacheContext.Tags;
        var endpointName = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (endpointName == "GetContent20")
        {
            tags.Add(DeliveryApiOutputCache.QueryTag);
        }

        if (endpointName == "GetContentItemByPath20" || http.Request.Headers.ContainsKey("Start-Item"))
        {
            tags.Add(DeliveryApiOutputCache.RoutingTag);
        }

        var seen = new HashSet<Guid>();
        CollectItems(json, seen, 0);
        foreach (var key in seen.ToArray())
        {
            AddItemTags(key, tags, seen);
        }

        return result;
    }

    private static void CollectItems(JsonNode? node, HashSet<Guid> keys, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                // A content item (top level or picked) carries id, contentType and route; a URL picker link to content
                // carries destinationId. Block elements have no route and are covered by their owner's stored values.
                if (obj.ContainsKey("route") && obj.ContainsKey("contentType") && TryKey(obj["id"], out var id))
                {
                    keys.Add(id);
                }

                if (TryKey(obj["destinationId"], out var destination))
                {
                    keys.Add(destination);
                }

                foreach (var (_, child) in obj)
                {
                    CollectItems(child, keys, depth + 1);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    CollectItems(child, keys, depth + 1);
                }

                break;
        }
    }

    private void AddItemTags(Guid key, HashSet<string> tags, HashSet<Guid> tagged)
    {
        tags.Add(DeliveryApiOutputCache.ContentTag(key));
        if (cache.Get(key) is not { } item)
        {
            return;
        }

        tags.Add(DeliveryApiOutputCache.ContentTypeTag(item.ContentTypeAlias));
        AddAncestorTags(item, tags);

        // Every key the stored values mention: a referenced item's name or route shows in this answer, so its change
        // (or a change above it) must evict it. Keys that are not content (block elements, media) never fire.
        foreach (var value in item.Values.Values)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            foreach (Match match in KeyPattern().Matches(value))
            {
                if (Guid.TryParse(match.Value, out var reference) && tagged.Add(reference))
                {
                    tags.Add(DeliveryApiOutputCache.ContentTag(reference));
                    if (cache.Get(reference) is { } referenced)
                    {
                        AddAncestorTags(referenced, tags);
                    }
                }
            }
        }
    }

    private static void AddAncestorTags(PublishedDocument item, HashSet<string> tags)
    {
        foreach (var ancestor in item.AncestorKeys)
        {
            tags.Add(DeliveryApiOutputCache.AncestorTag(ancestor));
        }
    }

    private static bool TryKey(JsonNode? node, out Guid key)
    {
        key = Guid.Empty;
        return node is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out key);
    }

    // A GUID with or without hyphens (umb://document/<32 hex>, {localLink:<guid>}, "unique": "<guid>").
    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\b")]
    private static partial Regex KeyPattern();
}
