using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// Multi URL picker: an array of links
/// <c>{url, queryString, title, target, destinationId, destinationType, route, linkType}</c>. Content links have
/// <c>url: null</c> and a route (missing or unroutable targets are left out; an empty title becomes the item's name);
/// external links have <c>url</c> = url + query string. Reads Umbraco 14+ storage (<c>type</c> + <c>unique</c>) and the
/// older <c>udi</c>. Null when nothing is stored (also "[]", as Umbraco). External links with an unsafe URL
/// (<see cref="SafeLinks"/>) are left out and unsafe targets become null, whatever was stored.
/// </summary>
internal sealed class MultiUrlPickerRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.MultiUrlPicker;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue || context.RawValue!.Trim() == "[]")
        {
            return null;
        }

        var links = new JsonArray();
        foreach (var stored in (StoredValues.ParseJson(context.RawValue) as JsonArray ?? []).OfType<JsonObject>())
        {
            if (ToLink(stored, context) is { } link)
            {
                links.Add(link);
            }
        }

        return links;
    }

    private static JsonObject? ToLink(JsonObject stored, PropertyRenderContext context)
    {
        var title = StoredValues.StringProperty(stored, "name");
        // Values stored before links were checked may hold unsafe targets or URLs: never serve them.
        var target = StoredValues.StringProperty(stored, "target") is var storedTarget && SafeLinks.IsSafeTarget(storedTarget) ? storedTarget : null;
        var queryString = StoredValues.StringProperty(stored, "queryString");
        var url = StoredValues.StringProperty(stored, "url");
        var (entityType, key) = Destination(stored);
        switch (entityType)
        {
            case StoredValues.EntityTypes.Document:
                if (context.Source.Get(key) is not { } item || context.BuildRoute(item) is not { } route)
                {
                    return null;
                }

                return Link(null, queryString, string.IsNullOrWhiteSpace(title) ? item.Name : title, target, key, item.ContentTypeAlias, route.ToJson(), "Content");
            case StoredValues.EntityTypes.Media:
                // No media library yet: a media link survives only when its stored url is known.
                return string.IsNullOrWhiteSpace(url)
                    ? null
                    : Link(url + queryString, queryString, title, target, key, StoredValues.StringProperty(stored, "mediaTypeAlias"), null, "Media");
            default:
                return SafeLinks.IsSafeUrl(url) && SafeLinks.IsSafeUrl(url + queryString)
                    ? Link(url + queryString, queryString, title, target, null, null, null, "External")
                    : null;
        }
    }

    private static (string? EntityType, Guid Key) Destination(JsonObject stored)
    {
        if (StoredValues.TryParseUdi(StoredValues.StringProperty(stored, "udi"), out var udiType, out var udiKey))
        {
            return (udiType, udiKey);
        }

        var type = StoredValues.StringProperty(stored, "type")?.ToLowerInvariant();
        return type is StoredValues.EntityTypes.Document or StoredValues.EntityTypes.Media && StoredValues.GuidProperty(stored, "unique") is { } key
            ? (type, key)
            : (null, Guid.Empty);
    }

    private static JsonObject Link(
        string? url, string? queryString, string? title, string? target, Guid? destinationId, string? destinationType, JsonObject? route, string linkType) => new()
    {
        ["url"] = url,
        ["queryString"] = queryString,
        ["title"] = title,
        ["target"] = target,
        ["destinationId"] = destinationId is { } id ? DeliveryApiJson.Id(id) : null,
        ["destinationType"] = destinationType,
        ["route"] = route,
        ["linkType"] = linkType,
    };
}
