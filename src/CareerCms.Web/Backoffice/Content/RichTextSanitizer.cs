using System.Text.Json;
using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Schema;
using Ganss.Xss;

namespace CareerCms.Web.Backoffice.Content;

/// <summary>
/// Sanitizes rich text on the way in (HtmlSanitizer's allow-list: no scripts, event handlers or javascript: URLs),
/// for rich text properties of the document and of every block, at any depth. Values keep Umbraco's storage shape
/// (<c>{"markup": "...", "blocks": null}</c>, or plain HTML when that is what was sent).
/// </summary>
public sealed class RichTextSanitizer(SchemaCatalog schema)
{
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>The values with every rich text value sanitized.</summary>
    public IReadOnlyDictionary<string, string?> Sanitize(ContentTypeDefinition type, IReadOnlyDictionary<string, string?> values)
    {
        var properties = schema.GetAllProperties(type).ToDictionary(p => p.Alias, StringComparer.Ordinal);
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (alias, value) in values)
        {
            result[alias] = properties.TryGetValue(alias, out var property) ? SanitizeValue(property.EditorAlias, value, 0) : value;
        }

        return result;
    }

    /// <summary>Sanitizes one HTML fragment.</summary>
    public string SanitizeHtml(string html) => _sanitizer.Sanitize(html);

    private string? SanitizeValue(string editorAlias, string? value, int depth)
    {
        if (string.IsNullOrWhiteSpace(value) || depth > 8)
        {
            return value;
        }

        return editorAlias switch
        {
            EditorCatalog.RichText => SanitizeRichText(value),
            EditorCatalog.BlockList => SanitizeBlocks(value, depth),
            _ => value,
        };
    }

    private string SanitizeRichText(string value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                if (StoredJson.Parse(value) is JsonObject obj)
                {
                    var markup = obj["markup"] is JsonValue m && m.TryGetValue<string>(out var s) ? s : "";
                    obj["markup"] = SanitizeHtml(markup);
                    return obj.ToJsonString();
                }
            }
            catch (JsonException)
            {
                // Malformed JSON (or a duplicated member): left as it is for the validator to refuse, never stored.
                return value;
            }
        }

        return SanitizeHtml(value);
    }

    private string SanitizeBlocks(string value, int depth)
    {
        JsonObject? root;
        try
        {
            root = StoredJson.Parse(value) as JsonObject;
        }
        catch (JsonException)
        {
            return value; // the validator reports malformed block JSON
        }

        if (root is null)
        {
            return value;
        }

        foreach (var data in new[] { "contentData", "settingsData" }.Select(n => root[n]).OfType<JsonArray>().SelectMany(a => a.OfType<JsonObject>()))
        {
            var type = Guid.TryParse(data["contentTypeKey"]?.GetValue<string>(), out var typeKey) ? schema.GetContentType(typeKey) : null;
            var properties = type is null ? [] : schema.GetAllProperties(type).ToDictionary(p => p.Alias, StringComparer.Ordinal);
            foreach (var item in (data["values"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var alias = item["alias"]?.GetValue<string>();
                var editor = alias is not null && properties.TryGetValue(alias, out var p) ? p.EditorAlias : item["editorAlias"]?.GetValue<string>();
                if (editor is not (EditorCatalog.RichText or EditorCatalog.BlockList))
                {
                    continue;
                }

                var raw = BlockListValue.RawText(item["value"]);
                var sanitized = SanitizeValue(editor, raw, depth + 1);
                if (sanitized is null || sanitized == raw)
                {
                    continue;
                }

                // Keep the node kind: objects stay objects, strings stay strings.
                item["value"] = item["value"] is JsonValue ? JsonValue.Create(sanitized) : StoredJson.Parse(sanitized);
            }
        }

        return root.ToJsonString();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("target");
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
