using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Umbraco.Cms.Core;

namespace CareerCms.Web.Content.Editors;

/// <summary>
/// Checks a raw stored value against its editor and the data type's configuration (Umbraco's editor
/// validators: max characters, numeric ranges, allowed items, item counts, value shape).
/// Returns null when valid, else a message for the editor.
/// </summary>
public static class EditorValueRules
{
    /// <summary>Validates a non-empty value.</summary>
    public static string? Check(string editorAlias, JsonObject config, string value) => editorAlias switch
    {
        EditorCatalog.TextBox => CheckMaxChars(value, Int(config, "maxChars") ?? 512),
        EditorCatalog.TextArea => Int(config, "maxChars") is { } max and > 0 ? CheckMaxChars(value, max) : null,
        EditorCatalog.EmailAddress => value.Contains('@', StringComparison.Ordinal) ? null : "Enter a valid email address.",
        EditorCatalog.Integer => CheckNumber(value, config, integer: true),
        EditorCatalog.Decimal => CheckNumber(value, config, integer: false),
        EditorCatalog.TrueFalse => value is "0" or "1" or "true" or "false" or "True" or "False" ? null : "Must be true or false.",
        EditorCatalog.DateTime => System.DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) ? null : "Enter a valid date.",
        EditorCatalog.Tags => StringArray(value) is null && value.TrimStart().StartsWith('[') ? "Tags must be a list of strings." : null,
        EditorCatalog.DropDownFlexible => CheckItems(value, config, multiple: Bool(config, "multiple")),
        EditorCatalog.CheckBoxList => CheckItems(value, config, multiple: true),
        EditorCatalog.RadioButtonList => CheckItems(value, config, multiple: false),
        EditorCatalog.ContentPicker => IsDocumentUdi(value) ? null : "Pick a content item (umb://document/...).",
        EditorCatalog.MultiNodeTreePicker => CheckPickerList(value, config),
        EditorCatalog.MultiUrlPicker => CheckJsonArrayCount(value, config, "links") ?? LinkProblem(value),
        EditorCatalog.MediaPicker3 => CheckJsonArrayCount(value, config, "items"),
        EditorCatalog.RichText => RichTextProblem(value),
        EditorCatalog.BlockList => null,
        _ => null,
    };

    /// <summary>True for umb://document/{guid} UDIs.</summary>
    public static bool IsDocumentUdi(string value) =>
        UdiParser.TryParse(value.Trim(), out GuidUdi? udi) && udi is not null && udi.EntityType == Constants.UdiEntityType.Document;

    /// <summary>The keys of a comma-separated list of document UDIs (invalid entries skipped).</summary>
    public static IReadOnlyList<Guid> DocumentKeys(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => UdiParser.TryParse(v, out GuidUdi? udi) ? udi?.Guid : null)
                .OfType<Guid>()
                .ToArray();

    /// <summary>Parses a JSON array of strings, or null.</summary>
    public static IReadOnlyList<string>? StringArray(string value)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? CheckMaxChars(string value, int max) =>
        value.Length > max ? $"Must be at most {max} characters (is {value.Length})." : null;

    private static string? CheckNumber(string value, JsonObject config, bool integer)
    {
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ||
            (integer && number != decimal.Truncate(number)))
        {
            return integer ? "Enter a whole number." : "Enter a number.";
        }

        var min = Decimal(config, "min");
        var max = Decimal(config, "max");
        if (min is { } lo && number < lo)
        {
            return max is { } hi0 ? $"Must be between {lo} and {hi0}." : $"Must be at least {lo}.";
        }

        if (max is { } hi && number > hi)
        {
            return min is { } lo1 ? $"Must be between {lo1} and {hi}." : $"Must be at most {hi}.";
        }

        return null;
    }

    private static string? CheckItems(string value, JsonObject config, bool multiple)
    {
        var selected = value.TrimStart().StartsWith('[') ? StringArray(value) : [value];
        if (selected is null)
        {
            return "Must be a list of options.";
        }

        if (!multiple && selected.Count > 1)
        {
            return "Only one option may be selected.";
        }

        var items = Items(config);
        var unknown = selected.Where(s => s.Length > 0 && !items.Contains(s)).ToArray();
        return unknown.Length == 0 ? null : $"'{string.Join("', '", unknown)}' is not one of the options ({string.Join(", ", items)}).";
    }

    private static string? CheckPickerList(string value, JsonObject config)
    {
        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Any(p => !IsDocumentUdi(p)))
        {
            return "Every picked item must be a content item (umb://document/...).";
        }

        return CheckCount(parts.Length, Int(config, "minNumber"), Int(config, "maxNumber"), "items");
    }

    private static string? CheckJsonArrayCount(string value, JsonObject config, string noun)
    {
        JsonArray? array;
        try
        {
            array = StoredJson.Parse(value) as JsonArray;
        }
        catch (JsonException)
        {
            array = null;
        }

        return array is null
            ? $"Must be a JSON list of {noun}."
            : CheckCount(array.Count, Int(config, "minNumber"), Int(config, "maxNumber"), noun);
    }

    /// <summary>Checks an item count against optional limits (0 or null = no limit).</summary>
    public static string? CheckCount(int count, int? min, int? max, string noun)
    {
        if (min is > 0 && count < min)
        {
            return $"Add at least {min} {noun} (has {count}).";
        }

        return max is > 0 && count > max ? $"At most {max} {noun} allowed (has {count})." : null;
    }

    /// <summary>The options of a list editor's configuration (strings, or v13-style {value} objects).</summary>
    public static IReadOnlyList<string> Items(JsonObject config) =>
        config["items"] is JsonArray items
            ? items.Select(i => i is JsonObject o ? o["value"]?.ToString() : i?.ToString()).OfType<string>().ToArray()
            : [];

    private static int? Int(JsonObject config, string key) => Decimal(config, key) is { } d ? (int)d : null;

    private static decimal? Decimal(JsonObject config, string key) =>
        config[key] is JsonValue v && decimal.TryParse(v.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static bool Bool(JsonObject config, string key) =>
        config[key] is JsonValue v && (v.ToString() is "true" or "True" or "1");

    /// <summary>A rich-text value is HTML, or Umbraco's JSON object with a string <c>markup</c>.</summary>
    private static string? RichTextProblem(string value)
    {
        if (!value.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return StoredJson.Parse(value) is JsonObject obj && obj["markup"] is null or JsonValue
                ? null
                : "A rich-text value must be HTML or a JSON object with a 'markup' string.";
        }
        catch (JsonException ex)
        {
            return $"The rich-text value is not valid JSON: {ex.Message}";
        }
    }

    /// <summary>The first link whose URL or target is unsafe (<see cref="SafeLinks"/>), or null.</summary>
    private static string? LinkProblem(string value)
    {
        JsonArray? links;
        try
        {
            links = StoredJson.Parse(value) as JsonArray;
        }
        catch (JsonException)
        {
            return null; // the count check has reported malformed JSON
        }

        var index = 0;
        foreach (var link in (links ?? []).OfType<JsonObject>())
        {
            var url = link["url"] is JsonValue u && u.TryGetValue<string>(out var text) ? text : null;
            var target = link["target"] is JsonValue t && t.TryGetValue<string>(out var name) ? name : null;
            if (!SafeLinks.IsSafeUrl(url))
            {
                return $"Link {index + 1} has a URL that is not allowed: only http, https, mailto, tel and relative URLs are.";
            }

            if (!SafeLinks.IsSafeTarget(target))
            {
                return $"Link {index + 1} has a target that is not allowed: use _blank, _self, _parent, _top or a plain frame name.";
            }

            index++;
        }

        return null;
    }
}
