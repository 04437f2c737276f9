using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>Tags: an array of strings, from JSON storage or (storageType Csv) a comma-separated list.</summary>
internal sealed class TagsRenderer : IBuiltInPropertyRenderer
{
    public bool CanRender(string editorAlias) => editorAlias == EditorCatalog.Tags;

    public JsonNode? Render(PropertyRenderContext context)
    {
        if (!context.HasValue)
        {
            return null;
        }

        var raw = context.RawValue!;
        IEnumerable<string> tags = raw.TrimStart().StartsWith('[')
            ? StoredValues.Strings(raw)
            : raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new JsonArray([.. tags.Select(t => (JsonNode?)JsonValue.Create(t))]);
    }
}
