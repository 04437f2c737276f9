using System.Text.RegularExpressions;
using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.Backoffice.Schema;

/// <summary>
/// Checks an edited document type before anything is saved: name, tabs and groups, allowed children, and every
/// property (name, alias rules, Umbraco's reserved aliases, duplicates against its own, composed and composing types'
/// properties, the data type, the tab, the regular expression). Problems are reported per request field.
/// </summary>
public sealed partial class DocumentTypeEditValidator(SchemaCatalog schema)
{
    /// <summary>Umbraco's longest name.</summary>
    public const int MaxNameLength = 255;

    /// <summary>The problems of <paramref name="edited"/> (already normalized) replacing <paramref name="existing"/>.</summary>
    public IReadOnlyList<SchemaFieldError> Validate(ContentTypeDefinition existing, ContentTypeDefinition edited)
    {
        var errors = new List<SchemaFieldError>();
        if (string.IsNullOrWhiteSpace(edited.Name))
        {
            errors.Add(new("name", "A name is required.", "NameCannotBeEmpty"));
        }
        else if (edited.Name.Length > MaxNameLength)
        {
            errors.Add(new("name", $"The name may have at most {MaxNameLength} characters.", "NameTooLong"));
        }
        else if (CareerCms.Web.Content.Documents.StorableText.NameProblem(edited.Name) is { } nameProblem)
        {
            errors.Add(new("name", nameProblem, "InvalidName"));
        }

        if (!string.Equals(edited.Alias, existing.Alias, StringComparison.Ordinal))
        {
            errors.Add(new("alias", "The alias of an existing document type cannot change (documents, uSync files and API clients use it).", "InvalidAlias"));
        }

        CheckAllowedChildren(edited, errors);
        CheckTabs(edited, errors);
        CheckProperties(existing, edited, errors);
        return errors;
    }

    private void CheckAllowedChildren(ContentTypeDefinition edited, List<SchemaFieldError> errors)
    {
        var seen = new HashSet<Guid>();
        for (var i = 0; i < edited.AllowedChildren.Count; i++)
        {
            var child = edited.AllowedChildren[i];
            var type = schema.GetContentType(child.Key);
            if (type is null || type.IsElement)
            {
                errors.Add(new($"allowedChildren[{i}]", $"'{child.Alias}' is not a document type that can be created in the tree.", "NotAllowed"));
            }
            else if (!seen.Add(child.Key))
            {
                errors.Add(new($"allowedChildren[{i}]", $"'{type.Name}' is listed twice.", "NotAllowed"));
            }
        }
    }

    private static void CheckTabs(ContentTypeDefinition edited, List<SchemaFieldError> errors)
    {
        var tabAliases = edited.Tabs.Where(t => t.Type == "Tab").Select(t => t.Alias).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < edited.Tabs.Count; i++)
        {
            var tab = edited.Tabs[i];
            if (string.IsNullOrWhiteSpace(tab.Caption))
            {
                errors.Add(new($"tabs[{i}].caption", "A tab or group needs a name.", "InvalidContainerName"));
            }

            if (tab.Type is not ("Tab" or "Group"))
            {
                errors.Add(new($"tabs[{i}].type", "The type must be Tab or Group.", "InvalidContainerType"));
            }

            if (!ContainerAlias().IsMatch(tab.Alias) || (tab.Type == "Tab" && tab.Alias.Contains('/', StringComparison.Ordinal)))
            {
                errors.Add(new($"tabs[{i}].alias", $"'{tab.Alias}' is not a valid alias (letters, digits, - and _; a group inside a tab is 'tab/group').", "InvalidContainerName"));
            }
            else if (!seen.Add(tab.Alias))
            {
                errors.Add(new($"tabs[{i}].alias", $"Two tabs or groups use the alias '{tab.Alias}'.", "DuplicateContainer"));
            }
            else if (tab.Alias.Split('/') is [var parent, _] && !tabAliases.Contains(parent))
            {
                errors.Add(new($"tabs[{i}].alias", $"The group '{tab.Caption}' sits in the tab '{parent}', which does not exist.", "MissingContainer"));
            }
        }
    }

    private void CheckProperties(ContentTypeDefinition existing, ContentTypeDefinition edited, List<SchemaFieldError> errors)
    {
        var existingAliases = existing.Properties.ToDictionary(p => p.Key, p => p.Alias);
        var tabAliases = edited.Tabs.Select(t => t.Alias).ToHashSet(StringComparer.Ordinal);
        var elsewhere = AliasesElsewhere(edited);
        var seenAliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenKeys = new HashSet<Guid>();
        for (var i = 0; i < edited.Properties.Count; i++)
        {
            var property = edited.Properties[i];
            var field = $"properties[{i}]";
            if (string.IsNullOrWhiteSpace(property.Name))
            {
                errors.Add(new($"{field}.name", "A property needs a name.", "InvalidPropertyTypeAlias"));
            }

            if (!seenKeys.Add(property.Key))
            {
                errors.Add(new($"{field}.key", "Two properties share one key.", "DuplicatePropertyTypeAlias"));
            }

            var isNewAlias = !existingAliases.TryGetValue(property.Key, out var oldAlias) || !string.Equals(oldAlias, property.Alias, StringComparison.Ordinal);
            if (!PropertyAlias().IsMatch(property.Alias))
            {
                errors.Add(new($"{field}.alias", $"'{property.Alias}' is not a valid alias: start with a letter, then letters, digits or _.", "InvalidPropertyTypeAlias"));
            }
            else if (string.Equals(property.Alias, edited.Alias, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new($"{field}.alias", "A property cannot have the document type's own alias.", "PropertyTypeAliasCannotEqualContentTypeAlias"));
            }
            else if (isNewAlias && ReservedPropertyAliases.Contains(property.Alias))
            {
                errors.Add(new($"{field}.alias", $"'{property.Alias}' is reserved by Umbraco (a member of published content).", "InvalidPropertyTypeAlias"));
            }
            else if (!seenAliases.Add(property.Alias))
            {
                errors.Add(new($"{field}.alias", $"Two properties use the alias '{property.Alias}'.", "DuplicatePropertyTypeAlias"));
            }
            else if (elsewhere.TryGetValue(property.Alias, out var owner))
            {
                errors.Add(new($"{field}.alias", $"'{property.Alias}' is already a property of '{owner}'.", "DuplicatePropertyTypeAlias"));
            }

            if (schema.GetDataType(property.DataTypeKey) is null)
            {
                errors.Add(new($"{field}.dataType", "Choose an existing data type.", "DataTypeNotFound"));
            }

            if (property.TabAlias is { } tab && !tabAliases.Contains(tab))
            {
                errors.Add(new($"{field}.tab", $"The tab or group '{tab}' does not exist.", "MissingContainer"));
            }

            if (!string.IsNullOrEmpty(property.ValidationRegExp) && !IsRegex(property.ValidationRegExp))
            {
                errors.Add(new($"{field}.validationRegExp", "This is not a valid regular expression.", "InvalidValidationRegExp"));
            }
        }
    }

    /// <summary>Aliases of composed types' properties and of types that compose this one, with their type's name.</summary>
    private Dictionary<string, string> AliasesElsewhere(ContentTypeDefinition edited)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var composed in edited.Compositions.Select(c => schema.GetContentType(c.Key) ?? schema.GetContentType(c.Alias)).OfType<ContentTypeDefinition>())
        {
            foreach (var property in schema.GetAllProperties(composed))
            {
                result.TryAdd(property.Alias, composed.Name);
            }
        }

        foreach (var composing in SchemaComposition.ComposingTypes(schema, edited).Where(t => t.Key != edited.Key))
        {
            foreach (var property in composing.Properties)
            {
                result.TryAdd(property.Alias, composing.Name);
            }
        }

        return result;
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_]{0,254}$")]
    private static partial Regex PropertyAlias();

    [GeneratedRegex("^[a-zA-Z0-9_-]+(/[a-zA-Z0-9_-]+)?$")]
    private static partial Regex ContainerAlias();
}
