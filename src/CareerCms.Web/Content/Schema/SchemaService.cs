using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Journal;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.Content.Schema;

/// <summary>Saves data types and document types after checking that they are consistent.</summary>
public sealed class SchemaService(
    DatabaseScopeProvider scopeProvider,
    SchemaRepository repository,
    SchemaCatalog catalog,
    ContentChangeJournal journal,
    PropertyEditorRegistry editors,
    TimeProvider clock)
{
    /// <summary>Saves (creates or updates by key) data types and document types in one transaction.</summary>
    /// <returns>The problems found; nothing is saved when there are any.</returns>
    public async Task<IReadOnlyList<string>> SaveAsync(
        IReadOnlyList<DataTypeDefinition> dataTypes, IReadOnlyList<ContentTypeDefinition> contentTypes, CancellationToken cancellationToken = default)
    {
        var problems = Check(dataTypes, contentTypes);
        if (problems.Count > 0)
        {
            return problems;
        }

        await using var scope = await scopeProvider.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var dataType in dataTypes)
        {
            await repository.SaveDataTypeAsync(scope.Connection, dataType, now, scope.Transaction).ConfigureAwait(false);
        }

        foreach (var contentType in contentTypes)
        {
            await repository.SaveContentTypeAsync(scope.Connection, contentType, now, scope.Transaction).ConfigureAwait(false);
        }

        await journal.RecordSchemaAsync(scope).ConfigureAwait(false);

        // Content saved later in the same (import) transaction must already see the new schema.
        await catalog.ReloadAsync(scope.Connection, scope.Transaction).ConfigureAwait(false);
        scope.OnRolledBack(() => catalog.ReloadAsync(CancellationToken.None));
        scope.Complete();
        return [];
    }

    /// <summary>Consistency problems of the given definitions against each other and the current schema.</summary>
    public IReadOnlyList<string> Check(IReadOnlyList<DataTypeDefinition> dataTypes, IReadOnlyList<ContentTypeDefinition> contentTypes)
    {
        var problems = new List<string>();
        var dataTypeKeys = catalog.DataTypes.Select(d => d.Key).Concat(dataTypes.Select(d => d.Key)).ToHashSet();
        var typesByKey = catalog.ContentTypes.Where(c => contentTypes.All(n => n.Key != c.Key)).Concat(contentTypes).ToDictionary(c => c.Key);
        foreach (var dataType in dataTypes.Where(d => !editors.IsKnown(d.EditorAlias)))
        {
            problems.Add($"Data type '{dataType.Name}' uses the unknown editor '{dataType.EditorAlias}'.");
        }

        foreach (var duplicate in typesByKey.Values.GroupBy(c => c.Alias).Where(g => g.Count() > 1))
        {
            problems.Add($"Two document types use the alias '{duplicate.Key}'.");
        }

        foreach (var type in contentTypes)
        {
            foreach (var property in type.Properties)
            {
                if (!dataTypeKeys.Contains(property.DataTypeKey))
                {
                    problems.Add($"'{type.Alias}.{property.Alias}' uses the missing data type {property.DataTypeKey}.");
                }

                if (!editors.IsKnown(property.EditorAlias))
                {
                    problems.Add($"'{type.Alias}.{property.Alias}' uses the unknown editor '{property.EditorAlias}'.");
                }
            }

            foreach (var duplicate in type.Properties.GroupBy(p => p.Alias).Where(g => g.Count() > 1))
            {
                problems.Add($"'{type.Alias}' has two properties with the alias '{duplicate.Key}'.");
            }

            foreach (var reference in type.Compositions.Concat(type.AllowedChildren))
            {
                if (!typesByKey.ContainsKey(reference.Key) && typesByKey.Values.All(t => t.Alias != reference.Alias))
                {
                    problems.Add($"'{type.Alias}' refers to the missing document type '{reference.Alias}'.");
                }
            }
        }

        return problems;
    }
}
