using System.Text.Json;
using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.Backoffice.Schema;

/// <summary>
/// Checks a data type's editor configuration the way the editors read it (EditorValueRules): numbers where numbers
/// are expected, ranges the right way round, list items present and unique, block element types that exist.
/// Keys the editors do not know are kept as they are (packages and uSync files may carry more).
/// </summary>
public sealed class DataTypeConfigurationValidator(SchemaCatalog schema)
{
    /// <summary>The problems of <paramref name="config"/> for <paramref name="editorAlias"/>, keyed <c>configuration.key</c>.</summary>
    public IReadOnlyList<SchemaFieldError> Validate(string editorAlias, JsonObject config)
    {
        var errors = new List<SchemaFieldError>();
        switch (editorAlias)
        {
            case EditorCatalog.TextBox:
                Range(config, errors, "maxChars", min: 1);
                break;
            case EditorCatalog.TextArea:
                Range(config, errors, "maxChars", min: 0);
                Range(config, errors, "rows", min: 1);
                break;
            case EditorCatalog.Integer or EditorCatalog.Decimal:
                var min = Number(config, errors, "min");
                var max = Number(config, errors, "max");
                var step = Number(config, errors, "step");
                if (min is { } lo && max is { } hi && lo > hi)
                {
                    errors.Add(Error("max", "The maximum must not be below the minimum."));
                }

                if (step is <= 0)
                {
                    errors.Add(Error("step", "The step must be above 0."));
                }

                break;
            case EditorCatalog.DropDownFlexible or EditorCatalog.CheckBoxList or EditorCatalog.RadioButtonList:
                Items(config, errors);
                break;
            case EditorCatalog.MultiNodeTreePicker or EditorCatalog.MultiUrlPicker or EditorCatalog.MediaPicker3:
                MinMax(config, errors, "minNumber", "maxNumber");
                break;
            case EditorCatalog.BlockList:
                if (config["validationLimit"] is JsonObject limit)
                {
                    MinMax(limit, errors, "min", "max", "validationLimit.");
                }

                Blocks(config, errors);
                break;
        }

        return errors;
    }

    private static void Items(JsonObject config, List<SchemaFieldError> errors)
    {
        if (config["items"] is not JsonArray items)
        {
            errors.Add(Error("items", "Add at least one item."));
            return;
        }

        var values = items.Select(i => i switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o when o["value"] is JsonValue v && v.TryGetValue<string>(out var s) => s,
            _ => null,
        }).ToArray();
        if (values.Length == 0)
        {
            errors.Add(Error("items", "Add at least one item."));
        }
        else if (values.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(Error("items", "Every item needs a text."));
        }
        else if (values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            errors.Add(Error("items", $"'{duplicate.Key}' is listed twice."));
        }
    }

    private void Blocks(JsonObject config, List<SchemaFieldError> errors)
    {
        foreach (var block in (config["blocks"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var key = block["contentElementTypeKey"]?.GetValueKind() == JsonValueKind.String && Guid.TryParse(block["contentElementTypeKey"]!.GetValue<string>(), out var k) ? k : Guid.Empty;
            if (schema.GetContentType(key) is not { IsElement: true })
            {
                errors.Add(Error("blocks", $"The block element type {key} does not exist or is not an element type."));
            }
        }
    }

    private static void MinMax(JsonObject config, List<SchemaFieldError> errors, string minKey, string maxKey, string prefix = "")
    {
        var min = Number(config, errors, minKey, prefix);
        var max = Number(config, errors, maxKey, prefix);
        if (min is < 0)
        {
            errors.Add(Error(prefix + minKey, "The minimum must not be negative."));
        }

        // 0 or none as the maximum means "no maximum", as in Umbraco.
        if (min is { } lo && max is { } hi && hi > 0 && lo > hi)
        {
            errors.Add(Error(prefix + maxKey, "The maximum must not be below the minimum."));
        }
    }

    private static void Range(JsonObject config, List<SchemaFieldError> errors, string key, decimal min)
    {
        if (Number(config, errors, key) is { } value && (value < min || value != decimal.Truncate(value)))
        {
            errors.Add(Error(key, $"Must be a whole number of at least {min}."));
        }
    }

    private static decimal? Number(JsonObject config, List<SchemaFieldError> errors, string key, string prefix = "")
    {
        var node = config[key];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && (value.TryGetValue<decimal>(out var number) ||
            (value.TryGetValue<string>(out var text) && decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out number))))
        {
            return number;
        }

        errors.Add(Error(prefix + key, "Must be a number."));
        return null;
    }

    private static SchemaFieldError Error(string key, string message) => new($"configuration.{key}", message, "InvalidConfiguration");
}
