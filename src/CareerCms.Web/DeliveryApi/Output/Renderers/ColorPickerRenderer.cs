using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// Color picker: the stored hex string (e.g. <c>ce7e00</c>), or <c>{color, label}</c> when the data type uses labels.
/// Values are stored as <c>{"value","label"}</c> JSON or as the bare hex string.
/// </summary>
internal sealed class ColorPickerRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.ColorPicker;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue)
        {
            return null;
        }

        var raw = context.RawValue!;
        var stored = raw.TrimStart().StartsWith('{') ? StoredValues.ParseJson(raw) as JsonObject : null;
        var color = stored is null ? raw : StoredValues.StringProperty(stored, "value") ?? string.Empty;
        var label = stored is null ? raw : StoredValues.StringProperty(stored, "label") ?? string.Empty;
        return StoredValues.ConfigBool(context.Configuration, "useLabel")
            ? new JsonObject { ["color"] = color, ["label"] = label }
            : JsonValue.Create(color);
    }
}
