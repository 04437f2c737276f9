using System.Text.Json.Nodes;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// The media-with-crops shape of the Delivery API:
/// <c>{focalPoint, crops, id, name, mediaType, url, extension, width, height, bytes, properties}</c>.
/// </summary>
internal static class MediaJson
{
    /// <summary>
    /// A media picker entry (<c>{key, mediaKey, mediaTypeAlias, crops, focalPoint}</c>, plus the media's <c>url</c>,
    /// <c>name</c>, <c>width</c>, <c>height</c>, <c>bytes</c> when known) as a media object; null without a url.
    /// </summary>
    public static JsonObject? FromStoredEntry(JsonObject entry, JsonObject configuration)
    {
        var url = StoredValues.StringProperty(entry, "url");
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var id = StoredValues.GuidProperty(entry, "mediaKey") ?? StoredValues.GuidProperty(entry, "key") ?? Guid.Empty;
        return new JsonObject
        {
            ["focalPoint"] = FocalPoint(entry["focalPoint"] as JsonObject),
            ["crops"] = Crops(entry["crops"] as JsonArray, configuration["crops"] as JsonArray),
            ["id"] = DeliveryApiJson.Id(id),
            ["name"] = StoredValues.StringProperty(entry, "name") ?? string.Empty,
            ["mediaType"] = StoredValues.StringProperty(entry, "mediaTypeAlias") ?? StoredValues.StringProperty(entry, "mediaType") ?? string.Empty,
            ["url"] = url,
            ["extension"] = Extension(url),
            ["width"] = entry["width"]?.DeepClone(),
            ["height"] = entry["height"]?.DeepClone(),
            ["bytes"] = entry["bytes"]?.DeepClone(),
            ["properties"] = new JsonObject(),
        };
    }

    private static JsonObject? FocalPoint(JsonObject? stored) =>
        stored is null ? null : new JsonObject { ["left"] = stored["left"]?.DeepClone(), ["top"] = stored["top"]?.DeepClone() };

    /// <summary>Umbraco applies the data type's crops: one per configured crop, with the entry's coordinates if any.</summary>
    private static JsonArray Crops(JsonArray? stored, JsonArray? configured)
    {
        var result = new JsonArray();
        foreach (var crop in (configured ?? []).OfType<JsonObject>())
        {
            var alias = StoredValues.StringProperty(crop, "alias");
            var local = (stored ?? []).OfType<JsonObject>().FirstOrDefault(c => StoredValues.StringProperty(c, "alias") == alias);
            result.Add(new JsonObject
            {
                ["alias"] = alias,
                ["width"] = crop["width"]?.DeepClone(),
                ["height"] = crop["height"]?.DeepClone(),
                ["coordinates"] = local?["coordinates"]?.DeepClone(),
            });
        }

        return result;
    }

    private static string? Extension(string url)
    {
        var path = url.Split('?', '#')[0];
        var extension = Path.GetExtension(path);
        return string.IsNullOrEmpty(extension) ? null : extension[1..].ToLowerInvariant();
    }
}
