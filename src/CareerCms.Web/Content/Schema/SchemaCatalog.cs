using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.Content.Schema;

/// <summary>
/// The current data types and document types, held in memory (schema changes are rare; reads are constant).
/// Reloaded after every schema change on this node and when another node's journal entry says so.
/// </summary>
public sealed class SchemaCatalog(DatabaseScopeProvider scopeProvider, SchemaRepository repository)
{
    private volatile Snapshot _snapshot = Snapshot.Empty;

    /// <summary>Every data type.</summary>
    public IReadOnlyCollection<DataTypeDefinition> DataTypes => _snapshot.DataTypesByKey.Values;

    /// <summary>Every document and element type.</summary>
    public IReadOnlyCollection<ContentTypeDefinition> ContentTypes => _snapshot.ContentTypesByKey.Values;

    /// <summary>Reloads from the database.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ReloadAsync(connection, null).ConfigureAwait(false);
    }

    /// <summary>Reloads inside a transaction (an import sees its own uncommitted schema).</summary>
    public async Task ReloadAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction)
    {
        var dataTypes = await repository.GetDataTypesAsync(connection, transaction).ConfigureAwait(false);
        var contentTypes = await repository.GetContentTypesAsync(connection, transaction).ConfigureAwait(false);
        _snapshot = new Snapshot(dataTypes, contentTypes);
    }

    /// <summary>A data type by key.</summary>
    public DataTypeDefinition? GetDataType(Guid key) => _snapshot.DataTypesByKey.GetValueOrDefault(key);

    /// <summary>A document type by alias (case-sensitive, as Umbraco's aliases are).</summary>
    public ContentTypeDefinition? GetContentType(string alias) => _snapshot.ContentTypesByAlias.GetValueOrDefault(alias);

    /// <summary>A document type by key.</summary>
    public ContentTypeDefinition? GetContentType(Guid key) => _snapshot.ContentTypesByKey.GetValueOrDefault(key);

    /// <summary>A document type by id.</summary>
    public ContentTypeDefinition? GetContentType(int id) => _snapshot.ContentTypesById.GetValueOrDefault(id);

    /// <summary>The properties of a type including those of its compositions (own first, then composed).</summary>
    public IReadOnlyList<PropertyTypeDefinition> GetAllProperties(ContentTypeDefinition contentType)
    {
        var result = new List<PropertyTypeDefinition>();
        var seen = new HashSet<Guid>();
        Collect(contentType, result, seen);
        return result;
    }

    private void Collect(ContentTypeDefinition type, List<PropertyTypeDefinition> into, HashSet<Guid> seen)
    {
        if (!seen.Add(type.Key))
        {
            return;
        }

        into.AddRange(type.Properties.Where(p => into.All(existing => existing.Alias != p.Alias)));
        foreach (var composition in type.Compositions)
        {
            if ((GetContentType(composition.Key) ?? GetContentType(composition.Alias)) is { } composed)
            {
                Collect(composed, into, seen);
            }
        }
    }

    private sealed class Snapshot
    {
        public static readonly Snapshot Empty = new([], []);

        public Snapshot(IReadOnlyList<DataTypeDefinition> dataTypes, IReadOnlyList<ContentTypeDefinition> contentTypes)
        {
            DataTypesByKey = dataTypes.ToDictionary(d => d.Key);
            ContentTypesByKey = contentTypes.ToDictionary(c => c.Key);
            ContentTypesByAlias = contentTypes.ToDictionary(c => c.Alias, StringComparer.Ordinal);
            ContentTypesById = contentTypes.ToDictionary(c => c.Id);
        }

        public Dictionary<Guid, DataTypeDefinition> DataTypesByKey { get; }

        public Dictionary<Guid, ContentTypeDefinition> ContentTypesByKey { get; }

        public Dictionary<string, ContentTypeDefinition> ContentTypesByAlias { get; }

        public Dictionary<int, ContentTypeDefinition> ContentTypesById { get; }
    }
}
