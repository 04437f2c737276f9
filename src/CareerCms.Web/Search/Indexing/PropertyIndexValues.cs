using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Schema;
using Umbraco.Cms.Core;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Turns one property value into index fields the way Umbraco's property index value factories do: one field per
/// property alias; rich text as plain text; dropdowns, tags and pickers as one value per item; block lists as
/// "the sum" of their readable nested values in the property's own field plus, when
/// <c>ExplicitlyIndexEachNestedProperty</c> is on, one field per nested property
/// (<c>requiredSkills.items[0].skill</c>). Picked documents are indexed by UDI, as Umbraco does; the sum field of a
/// block list uses their names instead, so "python" finds the careers that require the Python skill.
/// </summary>
public sealed partial class PropertyIndexValues(SchemaCatalog schema)
{
    private const int MaxBlockDepth = 3;

    // Editor aliases of properties, per loaded document or element type (a schema reload makes new instances).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentTypeDefinition, Dictionary<string, string>> _editors = [];

    /// <summary>Adds the fields of one property to <paramref name="fields"/>.</summary>
    /// <param name="fields">The value set being built (field name to values).</param>
    /// <param name="alias">The property alias (the field name).</param>
    /// <param name="editorAlias">The property editor alias.</param>
    /// <param name="value">The stored value (string, number or date as Core's property holds it).</param>
    /// <param name="resolveName">Resolves a picked document's key to its name, or null.</param>
    /// <param name="explicitNested">Index each nested block property in its own field.</param>
    public void Add(
        IDictionary<string, List<object>> fields, string alias, string editorAlias, object? value, Func<Guid, string?> resolveName, bool explicitNested) =>
        Add(fields, alias, editorAlias, value, resolveName, explicitNested, depth: 0);

    /// <summary>The readable text of a value: rich text without markup, item lists, picked names; numbers omitted.</summary>
    public IEnumerable<string> ReadableText(string editorAlias, object? value, Func<Guid, string?> resolveName) =>
        ReadableText(editorAlias, value, resolveName, depth: 0);

    /// <summary>Plain text of stored rich text (<c>{"markup": "...", "blocks": null}</c> or bare HTML).</summary>
    public static string RichTextToPlain(string stored)
    {
        var markup = stored;
        if (stored.TrimStart().StartsWith('{'))
        {
            try
            {
                markup = (JsonNode.Parse(stored) as JsonObject)?["markup"]?.GetValue<string>() ?? string.Empty;
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                markup = stored;
            }
        }

        // Block boundaries separate words; inline tags (<b>, <a>) do not.
        var text = Tags().Replace(BlockTags().Replace(markup, " "), string.Empty);
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    /// <summary>The items of a list value: a JSON array of strings, or comma-separated text.</summary>
    public static IReadOnlyList<string> ListItems(string stored)
    {
        var trimmed = stored.Trim();
        if (trimmed.StartsWith('['))
        {
            try
            {
                return (JsonNode.Parse(trimmed) as JsonArray ?? [])
                    .Select(node => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString())
                    .Where(s => !string.IsNullOrWhiteSpace(s))
                    .Select(s => s!.Trim())
                    .ToArray();
            }
            catch (JsonException)
            {
                return [trimmed];
            }
        }

        return trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The document keys of picker UDIs (<c>umb://document/{32 hex}</c>), comma-separated.</summary>
    public static IEnumerable<Guid> PickedKeys(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(KeyOf)
            .Where(key => key != Guid.Empty);

    /// <summary>The key of one picker UDI; <see cref="Guid.Empty"/> when it is not a UDI.</summary>
    public static Guid KeyOf(string udi)
    {
        // The common shape is parsed directly (Core's UdiParser is general and slow for bulk indexing).
        var slash = udi.LastIndexOf('/');
        if (udi.StartsWith("umb://", StringComparison.Ordinal) && slash > 6 && Guid.TryParseExact(udi.AsSpan(slash + 1), "N", out var key))
        {
            return key;
        }

        return UdiParser.TryParse(udi, out GuidUdi? parsed) && parsed is not null ? parsed.Guid : Guid.Empty;
    }

    private static string? AsText(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private void Add(
        IDictionary<string, List<object>> fields, string alias, string editorAlias, object? value, Func<Guid, string?> resolveName, bool explicitNested, int depth)
    {
        if (AsText(value) is not { } text)
        {
            return;
        }

        switch (editorAlias)
        {
            case EditorCatalog.Integer or EditorCatalog.Decimal or EditorCatalog.TrueFalse or EditorCatalog.DateTime:
                Append(fields, alias, value is string ? text.Trim() : value!);
                break;
            case EditorCatalog.RichText:
                Append(fields, alias, RichTextToPlain(text));
                break;
            case EditorCatalog.DropDownFlexible or EditorCatalog.CheckBoxList or EditorCatalog.RadioButtonList or EditorCatalog.Tags:
                foreach (var item in ListItems(text))
                {
                    Append(fields, alias, item);
                }

                break;
            case EditorCatalog.ContentPicker or EditorCatalog.MultiNodeTreePicker:
                foreach (var udi in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    Append(fields, alias, udi);
                }

                break;
            case EditorCatalog.BlockList:
                AddBlocks(fields, alias, text, resolveName, explicitNested, depth);
                break;
            case EditorCatalog.MultiUrlPicker or EditorCatalog.MediaPicker3:
                foreach (var item in ReadableText(editorAlias, text, resolveName, depth))
                {
                    Append(fields, alias, item);
                }

                break;
            default:
                Append(fields, alias, text);
                break;
        }
    }

    private void AddBlocks(
        IDictionary<string, List<object>> fields, string alias, string stored, Func<Guid, string?> resolveName, bool explicitNested, int depth)
    {
        var blocks = BlockListValue.Parse(stored, out _);
        if (blocks is null || depth >= MaxBlockDepth)
        {
            return;
        }

        var sum = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var editors = EditorsOf(schema.GetContentType(blocks[i].ContentTypeKey));
            foreach (var (nestedAlias, nestedValue) in blocks[i].Values)
            {
                var editor = editors.GetValueOrDefault(nestedAlias) ?? EditorCatalog.TextBox;
                sum.AddRange(ReadableText(editor, nestedValue, resolveName, depth + 1));
                if (explicitNested)
                {
                    Add(fields, ContentIndexFieldNames.NestedProperty(alias, i, nestedAlias), editor, nestedValue, resolveName, explicitNested, depth + 1);
                }
            }
        }

        if (sum.Count > 0)
        {
            Append(fields, alias, string.Join(' ', sum));
        }
    }

    private IEnumerable<string> ReadableText(string editorAlias, object? value, Func<Guid, string?> resolveName, int depth)
    {
        if (AsText(value) is not { } text)
        {
            return [];
        }

        switch (editorAlias)
        {
            case EditorCatalog.Integer or EditorCatalog.Decimal or EditorCatalog.TrueFalse or EditorCatalog.DateTime or EditorCatalog.ColorPicker:
                return [];
            case EditorCatalog.RichText:
                return [RichTextToPlain(text)];
            case EditorCatalog.DropDownFlexible or EditorCatalog.CheckBoxList or EditorCatalog.RadioButtonList or EditorCatalog.Tags:
                return ListItems(text);
            case EditorCatalog.ContentPicker or EditorCatalog.MultiNodeTreePicker:
                return PickedKeys(text).Select(resolveName).OfType<string>().ToArray();
            case EditorCatalog.BlockList:
            {
                var fields = new Dictionary<string, List<object>>(StringComparer.Ordinal);
                AddBlocks(fields, "sum", text, resolveName, explicitNested: false, depth);
                return fields.TryGetValue("sum", out var sum) ? sum.Select(v => (string)v) : [];
            }

            case EditorCatalog.MultiUrlPicker:
                return LinkNames(text);
            case EditorCatalog.MediaPicker3:
                return [];
            default:
                return [text];
        }
    }

    /// <summary>The property aliases of a document or element type (compositions included) with their editor aliases.</summary>
    public IReadOnlyDictionary<string, string> EditorsOf(ContentTypeDefinition? contentType) =>
        contentType is null
            ? new Dictionary<string, string>()
            : _editors.GetValue(contentType, type => schema.GetAllProperties(type).ToDictionary(p => p.Alias, p => p.EditorAlias, StringComparer.Ordinal));

    private static IEnumerable<string> LinkNames(string stored)
    {
        try
        {
            return (JsonNode.Parse(stored) as JsonArray ?? [])
                .OfType<JsonObject>()
                .Select(link => link["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
                .OfType<string>()
                .Where(s => s.Length > 0)
                .ToArray();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Append(IDictionary<string, List<object>> fields, string name, object value)
    {
        if (value is string { Length: 0 })
        {
            return;
        }

        if (!fields.TryGetValue(name, out var list))
        {
            fields[name] = list = [];
        }

        list.Add(value);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("<(?:br|hr|/?p|/?div|/?li|/?ul|/?ol|/?h[1-6]|/?tr|/?td|/?th|/?blockquote|/?pre|/?table)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
