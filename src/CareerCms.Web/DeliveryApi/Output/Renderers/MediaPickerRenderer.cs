using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// Media picker 3: always an array of media-with-crops objects (single mode keeps only the first). CareerCms has no
/// media library yet, so an entry renders only when the stored JSON carries the media's <c>url</c>; other entries are
/// left out, as Umbraco leaves out media it cannot find. Null when nothing is stored (also "[]", as Umbraco).
/// </summary>
internal sealed class MediaPickerRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.MediaPicker3;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue || context.RawValue!.Trim() == "[]")
        {
            return null;
        }

        var multiple = StoredValues.ConfigBool(context.Configuration, "multiple");
        var result = new JsonArray();
        foreach (var entry in (StoredValues.ParseJson(context.RawValue) as JsonArray ?? []).OfType<JsonObject>())
        {
            if (MediaJson.FromStoredEntry(entry, context.Configuration) is not { } media)
            {
                continue;
            }

            result.Add(media);
            if (!multiple)
            {
                break;
            }
        }

        return result;
    }
}
