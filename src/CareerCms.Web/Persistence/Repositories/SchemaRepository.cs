using System.Data.Common;
using System.Text.Json;
using CareerCms.Web.Content.Schema;
using Dapper;

namespace CareerCms.Web.Persistence.Repositories;

/// <summary>Data types and document types. A document type is stored whole as JSON beside its key columns.</summary>
public sealed class SchemaRepository
{
    private static readonly JsonSerializerOptions DefinitionJson = new(JsonSerializerDefaults.Web);

    /// <summary>All data types.</summary>
    public async Task<IReadOnlyList<DataTypeDefinition>> GetDataTypesAsync(DbConnection connection, DbTransaction? transaction = null)
    {
        var rows = await connection.QueryAsync<(int Id, string UniqueId, string Name, string EditorAlias, string? EditorUiAlias, string? Folder, string Config)>(
            "SELECT id, uniqueId, name, editorAlias, editorUiAlias, folder, config FROM cmsDataType ORDER BY id",
            transaction: transaction).ConfigureAwait(false);
        return rows.Select(r => new DataTypeDefinition
        {
            Id = r.Id,
            Key = Guid.Parse(r.UniqueId),
            Name = r.Name,
            EditorAlias = r.EditorAlias,
            EditorUiAlias = r.EditorUiAlias,
            Folder = r.Folder,
            ConfigJson = r.Config,
        }).ToArray();
    }

    /// <summary>Inserts or updates a data type by key; returns its id.</summary>
    public async Task<int> SaveDataTypeAsync(DbConnection connection, DataTypeDefinition dataType, DateTime now, DbTransaction transaction)
    {
        var parameters = new
        {
            uniqueId = dataType.Key.ToString("D"),
            name = dataType.Name,
            editorAlias = dataType.EditorAlias,
            editorUiAlias = dataType.EditorUiAlias,
            folder = dataType.Folder,
            config = dataType.ConfigJson,
            now = DbDate.Write(now),
        };
        return await connection.ExecuteScalarAsync<int>(
            """
            INSERT INTO cmsDataType (uniqueId, name, editorAlias, editorUiAlias, folder, config, createDate, updateDate)
            VALUES (@uniqueId, @name, @editorAlias, @editorUiAlias, @folder, @config, @now, @now)
            ON CONFLICT (uniqueId) DO UPDATE SET name = excluded.name, editorAlias = excluded.editorAlias,
                editorUiAlias = excluded.editorUiAlias, folder = excluded.folder, config = excluded.config,
                updateDate = excluded.updateDate
            RETURNING id
            """,
            parameters, transaction).ConfigureAwait(false);
    }

    /// <summary>All document and element types.</summary>
    public async Task<IReadOnlyList<ContentTypeDefinition>> GetContentTypesAsync(DbConnection connection, DbTransaction? transaction = null)
    {
        var rows = await connection.QueryAsync<(int Id, string Definition)>(
            "SELECT id, definition FROM cmsContentType ORDER BY id", transaction: transaction).ConfigureAwait(false);
        return rows.Select(r => JsonSerializer.Deserialize<ContentTypeDefinition>(r.Definition, DefinitionJson)! with { Id = r.Id })
            .ToArray();
    }

    /// <summary>Inserts or updates a document type by key; returns its id.</summary>
    public async Task<int> SaveContentTypeAsync(DbConnection connection, ContentTypeDefinition contentType, DateTime now, DbTransaction transaction)
    {
        var parameters = new
        {
            uniqueId = contentType.Key.ToString("D"),
            alias = contentType.Alias,
            name = contentType.Name,
            isElement = contentType.IsElement,
            definition = JsonSerializer.Serialize(contentType with { Id = 0 }, DefinitionJson),
            now = DbDate.Write(now),
        };
        return await connection.ExecuteScalarAsync<int>(
            """
            INSERT INTO cmsContentType (uniqueId, alias, name, isElement, definition, createDate, updateDate)
            VALUES (@uniqueId, @alias, @name, @isElement, @definition, @now, @now)
            ON CONFLICT (uniqueId) DO UPDATE SET alias = excluded.alias, name = excluded.name,
                isElement = excluded.isElement, definition = excluded.definition, updateDate = excluded.updateDate
            RETURNING id
            """,
            parameters, transaction).ConfigureAwait(false);
    }
}
