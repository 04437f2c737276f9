using System.Text.Json.Nodes;
using CareerCms.Web.DeliveryApi.Output.Renderers.Blocks;

namespace CareerCms.Web.DeliveryApi.Output.Renderers.RichText;

/// <summary>
/// A stored rich text value: Umbraco 14+'s <c>{"markup": "...", "blocks": {...} | null}</c>, or older plain markup.
/// Immutable, so one parse serves every request (<see cref="StoredValueCache"/>).
/// </summary>
internal sealed record RichTextValue(string Markup, BlockValue? Blocks)
{
    /// <summary>The layout key of rich text blocks.</summary>
    public const string BlockLayoutAlias = "Umbraco.RichText";

    /// <summary>
    /// The value, or null when it has no content: Umbraco treats empty markup and a lone empty paragraph as no value.
    /// </summary>
    public static RichTextValue? Read(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : StoredValueCache.GetOrAdd(raw, "richText", Parse);

    private static RichTextValue? Parse(string raw)
    {
        var value = raw.TrimStart().StartsWith('{') && StoredValues.ParseJson(raw) is JsonObject stored
            ? new RichTextValue(StoredValues.StringProperty(stored, "markup") ?? string.Empty, BlockValue.Read(stored["blocks"], BlockLayoutAlias))
            : new RichTextValue(raw, null);
        return string.IsNullOrWhiteSpace(value.Markup) || value.Markup == "<p></p>" ? null : value;
    }
}
