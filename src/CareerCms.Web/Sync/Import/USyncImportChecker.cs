using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Sync.Serialization;

namespace CareerCms.Web.Sync.Import;

/// <summary>
/// Consistency checks across all files and the current database, before anything is written: duplicate keys
/// and aliases, unknown editors, missing data types and document types, missing parents, unknown properties.
/// Also works out the order content is imported in (parents first, then by sort order).
/// </summary>
public sealed class USyncImportChecker(SchemaCatalog catalog, USyncSettings settings, PropertyEditorRegistry editors)
{
    /// <summary>Checks the set; returns the errors and the content in import order.</summary>
    public async Task<(List<USyncImportError> Errors, List<USyncFile<ContentSyncItem>> ContentOrder)> CheckAsync(
        USyncFileSet set, Func<Guid, Task<Document?>> findDocument)
    {
        var errors = new List<USyncImportError>();
        CheckDuplicates(set, errors);
        CheckDataTypes(set, errors);
        var types = MergedTypes(set);
        CheckContentTypes(set, types, errors);
        var order = await CheckContentAsync(set, types, findDocument, errors).ConfigureAwait(false);
        return (errors, order);
    }

    private static void CheckDuplicates(USyncFileSet set, List<USyncImportError> errors)
    {
        void Check<T>(string folder, IEnumerable<(USyncFile<T> File, Guid Key)> items)
        {
            var deletes = set.Markers.Where(m => m.Folder == folder && m.Marker.Item.Change == EmptyMarkerChange.Delete)
                .Select(m => (File: m.Marker.File, Element: m.Marker.Element, m.Marker.Item.Key));
            var all = items.Select(i => (File: i.File.File, i.File.Element, i.Key)).Concat(deletes);
            foreach (var group in all.GroupBy(i => i.Key).Where(g => g.Count() > 1))
            {
                var first = group.First();
                foreach (var duplicate in group.Skip(1))
                {
                    errors.Add(new USyncImportError(
                        duplicate.File, USyncXml.LineOf(duplicate.Element), $"Key {group.Key:D} is also used by {first.File}."));
                }
            }
        }

        Check(USyncFolders.DataTypes, set.DataTypes.Select(f => (f, f.Item.Key)));
        Check(USyncFolders.ContentTypes, set.ContentTypes.Select(f => (f, f.Item.Key)));
        Check(USyncFolders.Content, set.Content.Select(f => (f, f.Item.Key)));
        foreach (var group in set.ContentTypes.GroupBy(f => f.Item.Alias, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                errors.Add(duplicate.Error($"The document type alias '{duplicate.Item.Alias}' is also used by {group.First().File}."));
            }
        }
    }

    private void CheckDataTypes(USyncFileSet set, List<USyncImportError> errors)
    {
        foreach (var file in set.DataTypes.Where(f => !editors.IsKnown(f.Item.EditorAlias)))
        {
            errors.Add(file.Error(
                $"Data type '{file.Item.Name}' uses the unknown property editor '{file.Item.EditorAlias}'.", file.LineOf("Info", "EditorAlias")));
        }

        foreach (var file in set.DataTypes)
        {
            if (catalog.GetDataType(file.Item.Key) is null &&
                catalog.DataTypes.FirstOrDefault(d => d.Name == file.Item.Name && d.Key != file.Item.Key) is { } clash &&
                set.DataTypes.All(f => f.Item.Key != clash.Key))
            {
                errors.Add(file.Error($"A data type named '{clash.Name}' already exists with another key ({clash.Key:D})."));
            }
        }
    }

    private Dictionary<string, ContentTypeDefinition> MergedTypes(USyncFileSet set)
    {
        var fileKeys = set.ContentTypes.Select(f => f.Item.Key).ToHashSet();
        var merged = catalog.ContentTypes.Where(c => !fileKeys.Contains(c.Key)).ToDictionary(c => c.Alias, StringComparer.Ordinal);
        foreach (var file in set.ContentTypes)
        {
            merged.TryAdd(file.Item.Alias, file.Item);
        }

        return merged;
    }

    private void CheckContentTypes(USyncFileSet set, Dictionary<string, ContentTypeDefinition> types, List<USyncImportError> errors)
    {
        var dataTypes = catalog.DataTypes.ToDictionary(d => d.Key);
        foreach (var file in set.DataTypes)
        {
            dataTypes[file.Item.Key] = file.Item;
        }

        var typeKeys = types.Values.Select(t => t.Key).ToHashSet();
        foreach (var file in set.ContentTypes)
        {
            var type = file.Item;
            if (catalog.GetContentType(type.Alias) is { } existing && existing.Key != type.Key && set.ContentTypes.All(f => f.Item.Key != existing.Key))
            {
                errors.Add(file.Error($"The document type alias '{type.Alias}' already exists with another key ({existing.Key:D})."));
            }

            var propertyElements = file.Element.Element("GenericProperties")?.Elements("GenericProperty").ToArray() ?? [];
            for (var i = 0; i < type.Properties.Count; i++)
            {
                var property = type.Properties[i];
                var line = i < propertyElements.Length ? USyncXml.LineOf(propertyElements[i].Element("Definition") ?? propertyElements[i]) : null;
                if (!dataTypes.TryGetValue(property.DataTypeKey, out var dataType))
                {
                    errors.Add(file.Error($"Property '{type.Alias}.{property.Alias}' uses the data type {property.DataTypeKey:D}, which is neither in DataTypes nor in the database.", line));
                }
                else if (dataType.EditorAlias != property.EditorAlias && editors.IsKnown(dataType.EditorAlias))
                {
                    errors.Add(file.Error($"Property '{type.Alias}.{property.Alias}' says <Type>{property.EditorAlias}</Type> but its data type '{dataType.Name}' uses '{dataType.EditorAlias}'.", line));
                }
            }

            foreach (var duplicate in type.Properties.GroupBy(p => p.Alias, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                errors.Add(file.Error($"'{type.Alias}' has more than one property with the alias '{duplicate.Key}'.", file.LineOf("GenericProperties")));
            }

            CheckReferences(file, type.Compositions, "composition", types, typeKeys, "Info", "Compositions", errors);
            CheckReferences(file, type.AllowedChildren, "allowed child", types, typeKeys, "Structure", null, errors);
        }
    }

    private static void CheckReferences(
        USyncFile<ContentTypeDefinition> file, IReadOnlyList<ContentTypeReference> references, string what,
        Dictionary<string, ContentTypeDefinition> types, HashSet<Guid> typeKeys, string first, string? second,
        List<USyncImportError> errors)
    {
        foreach (var reference in references.Where(r => !typeKeys.Contains(r.Key) && !types.ContainsKey(r.Alias)))
        {
            var line = second is null ? file.LineOf(first) : file.LineOf(first, second);
            errors.Add(file.Error($"'{file.Item.Alias}' has the {what} '{reference.Alias}' ({reference.Key:D}), which is neither in ContentTypes nor in the database.", line));
        }
    }

    private async Task<List<USyncFile<ContentSyncItem>>> CheckContentAsync(
        USyncFileSet set, Dictionary<string, ContentTypeDefinition> types, Func<Guid, Task<Document?>> findDocument, List<USyncImportError> errors)
    {
        var byKey = set.Content.GroupBy(f => f.Item.Key).ToDictionary(g => g.Key, g => g.First());
        var depth = new Dictionary<Guid, int>();
        var usable = new List<USyncFile<ContentSyncItem>>();
        foreach (var candidate in set.Content)
        {
            var file = candidate;
            var item = file.Item;
            var ok = true;
            if (!types.TryGetValue(item.ContentTypeAlias, out var type))
            {
                errors.Add(file.Error($"'{item.Name}' uses the document type '{item.ContentTypeAlias}', which is neither in ContentTypes nor in the database.", file.LineOf("Info", "ContentType")));
                continue;
            }

            if (type.IsElement)
            {
                errors.Add(file.Error($"'{item.Name}' uses the element type '{item.ContentTypeAlias}'; element types are only used inside blocks.", file.LineOf("Info", "ContentType")));
                ok = false;
            }

            var aliases = AllPropertyAliases(type, types);
            foreach (var alias in item.Values.Keys.Where(a => !aliases.Contains(a)))
            {
                errors.Add(file.Error($"'{item.ContentTypeAlias}' has no property '{alias}'.", file.LineOf("Properties", alias)));
                ok = false;
            }

            var existing = await findDocument(item.Key).ConfigureAwait(false);
            if (existing is not null && existing.ContentTypeAlias != item.ContentTypeAlias)
            {
                errors.Add(file.Error($"'{item.Name}' exists as a '{existing.ContentTypeAlias}'; changing the document type of existing content is not supported.", file.LineOf("Info", "ContentType")));
                ok = false;
            }

            if (!item.Trashed && item.ParentKey != Guid.Empty && !byKey.ContainsKey(item.ParentKey) && await findDocument(item.ParentKey).ConfigureAwait(false) is null)
            {
                if (settings.FailOnMissingParent)
                {
                    errors.Add(file.Error($"The parent of '{item.Name}' ({item.ParentName} {item.ParentKey:D}) is neither in the Content folder nor in the database.", file.LineOf("Info", "Parent")));
                    ok = false;
                }
                else
                {
                    // uSync's lenient rule: an item whose parent cannot be found is imported at the root.
                    file = file with { Item = item with { ParentKey = Guid.Empty, ParentName = string.Empty } };
                }
            }

            if (ok)
            {
                usable.Add(file);
            }
        }

        foreach (var file in usable)
        {
            if (Depth(file.Item, byKey, depth, []) is null)
            {
                errors.Add(file.Error($"The parents of '{file.Item.Name}' form a loop.", file.LineOf("Info", "Parent")));
            }
        }

        return usable
            .OrderBy(f => f.Item.Trashed)
            .ThenBy(f => depth.GetValueOrDefault(f.Item.Key))
            .ThenBy(f => f.Item.SortOrder)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ToList();
    }

    private static int? Depth(ContentSyncItem item, Dictionary<Guid, USyncFile<ContentSyncItem>> byKey, Dictionary<Guid, int> known, HashSet<Guid> visiting)
    {
        if (known.TryGetValue(item.Key, out var cached))
        {
            return cached;
        }

        if (!visiting.Add(item.Key))
        {
            return null;
        }

        var depth = 1;
        if (item.ParentKey != Guid.Empty && byKey.TryGetValue(item.ParentKey, out var parent))
        {
            if (Depth(parent.Item, byKey, known, visiting) is not { } parentDepth)
            {
                return null;
            }

            depth = parentDepth + 1;
        }

        known[item.Key] = depth;
        return depth;
    }

    private static HashSet<string> AllPropertyAliases(ContentTypeDefinition type, Dictionary<string, ContentTypeDefinition> types)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Guid>();
        var pending = new Stack<ContentTypeDefinition>([type]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current.Key))
            {
                continue;
            }

            aliases.UnionWith(current.Properties.Select(p => p.Alias));
            foreach (var composition in current.Compositions)
            {
                var composed = types.Values.FirstOrDefault(t => t.Key == composition.Key) ?? types.GetValueOrDefault(composition.Alias);
                if (composed is not null)
                {
                    pending.Push(composed);
                }
            }
        }

        return aliases;
    }
}
