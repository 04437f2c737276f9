using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.Content.Editors;

/// <summary>
/// Validates property values against a document type: unknown aliases, mandatory, regular expressions, each
/// editor's configured limits, and block list items against their element types (recursively).
/// </summary>
public sealed class DocumentValidator(SchemaCatalog schema)
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>All problems with the values; empty when valid.</summary>
    public IReadOnlyList<PropertyValidationError> Validate(ContentTypeDefinition type, IReadOnlyDictionary<string, string?> values) =>
        Validate(type, values, prefix: "", depth: 0);

    private List<PropertyValidationError> Validate(
        ContentTypeDefinition type, IReadOnlyDictionary<string, string?> values, string prefix, int depth)
    {
        var errors = new List<PropertyValidationError>();
        var properties = schema.GetAllProperties(type);
        foreach (var alias in values.Keys.Where(a => properties.All(p => p.Alias != a)))
        {
            errors.Add(new(prefix + alias, $"'{type.Alias}' has no property '{alias}'."));
        }

        foreach (var property in properties)
        {
            values.TryGetValue(property.Alias, out var value);
            var error = ValidateProperty(property, value, prefix, depth, errors);
            if (error is not null)
            {
                errors.Add(new(prefix + property.Alias, error));
            }
        }

        return errors;
    }

    private string? ValidateProperty(
        PropertyTypeDefinition property, string? value, string prefix, int depth, List<PropertyValidationError> nested)
    {
        var dataType = schema.GetDataType(property.DataTypeKey);
        var config = dataType?.Config ?? [];
        if (IsEmpty(property.EditorAlias, value))
        {
            return property.Mandatory ? property.MandatoryMessage.NullIfEmpty() ?? $"{property.Name} is required." : null;
        }

        if (StorableText.ValueProblem(value!) is { } unstorable)
        {
            return unstorable;
        }

        if (!string.IsNullOrEmpty(property.ValidationRegExp) &&
            !Regex.IsMatch(value!, property.ValidationRegExp, RegexOptions.None, RegexTimeout))
        {
            return property.ValidationRegExpMessage.NullIfEmpty() ?? $"{property.Name} is not in the expected format.";
        }

        if (property.EditorAlias == EditorCatalog.BlockList)
        {
            return ValidateBlocks(property, config, value!, prefix, depth, nested);
        }

        return EditorValueRules.Check(property.EditorAlias, config, value!);
    }

    private string? ValidateBlocks(
        PropertyTypeDefinition property, JsonObject config, string value, string prefix, int depth, List<PropertyValidationError> nested)
    {
        if (depth > 8)
        {
            return "Blocks are nested too deeply.";
        }

        var blocks = BlockListValue.Parse(value, out var parseError);
        if (blocks is null)
        {
            return parseError;
        }

        var limit = config["validationLimit"] as JsonObject;
        var countError = EditorValueRules.CheckCount(
            blocks.Count, (int?)limit?["min"]?.GetValue<double?>(), (int?)limit?["max"]?.GetValue<double?>(), "blocks");
        if (countError is not null)
        {
            return countError;
        }

        var allowed = (config["blocks"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(b => Guid.TryParse(b["contentElementTypeKey"]?.GetValue<string>(), out var k) ? k : Guid.Empty)
            .ToHashSet();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var elementType = schema.GetContentType(block.ContentTypeKey);
            if (elementType is null || !elementType.IsElement || (allowed.Count > 0 && !allowed.Contains(block.ContentTypeKey)))
            {
                return $"Block {i + 1} uses an element type that is not allowed here.";
            }

            nested.AddRange(Validate(elementType, block.Values, $"{prefix}{property.Alias}[{i}].", depth + 1));
        }

        return null;
    }

    private static bool IsEmpty(string editorAlias, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var trimmed = value.Trim();
        if (trimmed is "[]" or "{}" or "[\"\"]")
        {
            return true;
        }

        return editorAlias == EditorCatalog.BlockList && BlockListValue.Parse(trimmed, out _) is { Count: 0 };
    }
}
