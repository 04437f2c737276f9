using System.Data.Common;
using CareerCms.Web.Content.Documents;
using Dapper;

namespace CareerCms.Web.Persistence.Repositories;

/// <summary>Documents and their versions: explicit SQL over Dapper, shared by both dialects.</summary>
public sealed class DocumentRepository(SqlDialect dialect)
{
    private const string SelectNode = """
        SELECT n.id, n.uniqueId, n.parentId, n.level, n.path, n.sortOrder, n.trashed, n.originalParentId,
               n.contentTypeId, ct.alias AS contentTypeAlias, n.name, n.urlSegment, n.createDate, n.updateDate,
               n.creatorId, n.writerId, n.published, n.edited, n.draftVersionId, n.publishedVersionId,
               n.publishDate, n.publisherId, v.propertyData AS draftData
        FROM umbracoNode n
        JOIN cmsContentType ct ON ct.id = n.contentTypeId
        LEFT JOIN umbracoContentVersion v ON v.id = n.draftVersionId
        """;

    /// <summary>Finds a document by key.</summary>
    public async Task<Document?> GetByKeyAsync(DbConnection connection, Guid key, DbTransaction? transaction = null)
    {
        var row = await connection.QuerySingleOrDefaultAsync<NodeRow>(
            SelectNode + " WHERE n.uniqueId = @key", new { key = key.ToString("D") }, transaction).ConfigureAwait(false);
        return row is null ? null : Map(row);
    }

    /// <summary>Finds a document by id.</summary>
    public async Task<Document?> GetByIdAsync(DbConnection connection, int id, DbTransaction? transaction = null)
    {
        var row = await connection.QuerySingleOrDefaultAsync<NodeRow>(
            SelectNode + " WHERE n.id = @id", new { id }, transaction).ConfigureAwait(false);
        return row is null ? null : Map(row);
    }

    /// <summary>Children of a parent id (-1 = roots, -20 = recycle bin), in sort order.</summary>
    public async Task<IReadOnlyList<Document>> GetChildrenAsync(DbConnection connection, int parentId, DbTransaction? transaction = null)
    {
        var rows = await connection.QueryAsync<NodeRow>(
            SelectNode + " WHERE n.parentId = @parentId ORDER BY n.sortOrder, n.id", new { parentId }, transaction).ConfigureAwait(false);
        return rows.Select(Map).ToArray();
    }

    /// <summary>All descendants of a node, ordered by level then sort order (parents before children).</summary>
    public async Task<IReadOnlyList<Document>> GetDescendantsAsync(DbConnection connection, Document node, DbTransaction? transaction = null)
    {
        var rows = await connection.QueryAsync<NodeRow>(
            SelectNode + " WHERE " + dialect.StartsWith("n.path", "@prefix") + " ORDER BY n.level, n.sortOrder, n.id",
            new { prefix = node.Path + "," }, transaction).ConfigureAwait(false);
        return rows.Select(Map).ToArray();
    }

    /// <summary>Every document (for cache and index loads), parents before children.</summary>
    public async Task<IReadOnlyList<Document>> GetAllAsync(DbConnection connection, DbTransaction? transaction = null)
    {
        var rows = await connection.QueryAsync<NodeRow>(
            SelectNode + " ORDER BY n.level, n.parentId, n.sortOrder, n.id", transaction: transaction).ConfigureAwait(false);
        return rows.Select(Map).ToArray();
    }

    /// <summary>Documents of the given ids.</summary>
    public async Task<IReadOnlyList<Document>> GetByIdsAsync(DbConnection connection, IReadOnlyCollection<int> ids, DbTransaction? transaction = null)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await connection.QueryAsync<NodeRow>(
            SelectNode + " WHERE " + dialect.InList("n.id", "@ids"), new { ids = ids.ToArray() }, transaction).ConfigureAwait(false);
        return rows.Select(Map).ToArray();
    }

    /// <summary>Number of documents.</summary>
    public Task<int> CountAsync(DbConnection connection, DbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM umbracoNode", transaction: transaction);

    /// <summary>URL segments and names already used by the children of a parent, excluding one node.</summary>
    public async Task<IReadOnlyList<(string Name, string UrlSegment)>> GetSiblingNamesAsync(
        DbConnection connection, int parentId, int excludeId, DbTransaction transaction)
    {
        var rows = await connection.QueryAsync<(string, string)>(
            "SELECT name, urlSegment FROM umbracoNode WHERE parentId = @parentId AND id <> @excludeId",
            new { parentId, excludeId }, transaction).ConfigureAwait(false);
        return rows.ToArray();
    }

    /// <summary>The next sort order under a parent.</summary>
    public Task<int> NextSortOrderAsync(DbConnection connection, int parentId, DbTransaction transaction) =>
        connection.ExecuteScalarAsync<int>(
            "SELECT COALESCE(MAX(sortOrder) + 1, 0) FROM umbracoNode WHERE parentId = @parentId", new { parentId }, transaction);

    /// <summary>Inserts a node (without version) and returns it with its new id and path.</summary>
    public async Task<Document> InsertNodeAsync(DbConnection connection, Document document, string parentPath, DbTransaction transaction)
    {
        var id = await connection.ExecuteScalarAsync<int>(
            """
            INSERT INTO umbracoNode (uniqueId, parentId, level, path, sortOrder, trashed, originalParentId, contentTypeId,
                name, urlSegment, createDate, updateDate, creatorId, writerId, published, edited, draftVersionId,
                publishedVersionId, publishDate, publisherId)
            VALUES (@uniqueId, @parentId, @level, @path, @sortOrder, @trashed, @originalParentId, @contentTypeId,
                @name, @urlSegment, @createDate, @updateDate, @creatorId, @writerId, @published, @edited, NULL,
                NULL, @publishDate, @publisherId)
            RETURNING id
            """,
            ToParameters(document with { Path = "-1" }), transaction).ConfigureAwait(false);
        var path = $"{parentPath},{id}";
        await connection.ExecuteAsync("UPDATE umbracoNode SET path = @path WHERE id = @id", new { path, id }, transaction).ConfigureAwait(false);
        return document with { Id = id, Path = path };
    }

    /// <summary>Writes every node column of a document.</summary>
    public Task UpdateNodeAsync(DbConnection connection, Document document, DbTransaction transaction) =>
        connection.ExecuteAsync(
            """
            UPDATE umbracoNode SET parentId = @parentId, level = @level, path = @path, sortOrder = @sortOrder,
                trashed = @trashed, originalParentId = @originalParentId, contentTypeId = @contentTypeId, name = @name,
                urlSegment = @urlSegment, updateDate = @updateDate, writerId = @writerId, published = @published,
                edited = @edited, draftVersionId = @draftVersionId, publishedVersionId = @publishedVersionId,
                publishDate = @publishDate, publisherId = @publisherId
            WHERE id = @id
            """,
            ToParameters(document), transaction);

    /// <summary>Inserts a version row and returns its id.</summary>
    public Task<int> InsertVersionAsync(DbConnection connection, DocumentVersion version, DbTransaction transaction) =>
        connection.ExecuteScalarAsync<int>(
            """
            INSERT INTO umbracoContentVersion (nodeId, versionDate, userId, name, urlSegment, propertyData)
            VALUES (@nodeId, @versionDate, @userId, @name, @urlSegment, @propertyData)
            RETURNING id
            """,
            new
            {
                nodeId = version.NodeId,
                versionDate = DbDate.Write(version.VersionDate),
                userId = version.UserId,
                name = version.Name,
                urlSegment = version.UrlSegment,
                propertyData = PropertyValues.ToJson(version.Values),
            },
            transaction);

    /// <summary>One version.</summary>
    public async Task<DocumentVersion?> GetVersionAsync(DbConnection connection, int versionId, DbTransaction? transaction = null)
    {
        var row = await connection.QuerySingleOrDefaultAsync<VersionRow>(
            "SELECT id, nodeId, versionDate, userId, name, urlSegment, propertyData FROM umbracoContentVersion WHERE id = @versionId",
            new { versionId }, transaction).ConfigureAwait(false);
        return row is null ? null : MapVersion(row);
    }

    /// <summary>Versions of the given ids (e.g. every published version, for cache loads).</summary>
    public async Task<IReadOnlyList<DocumentVersion>> GetVersionsByIdsAsync(DbConnection connection, IReadOnlyCollection<int> ids, DbTransaction? transaction = null)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = new List<DocumentVersion>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await connection.QueryAsync<VersionRow>(
                "SELECT id, nodeId, versionDate, userId, name, urlSegment, propertyData FROM umbracoContentVersion WHERE " + dialect.InList("id", "@chunk"),
                new { chunk }, transaction).ConfigureAwait(false);
            result.AddRange(rows.Select(MapVersion));
        }

        return result;
    }

    /// <summary>A document's versions, newest first.</summary>
    public async Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(DbConnection connection, int nodeId, int skip, int take, DbTransaction? transaction = null)
    {
        var rows = await connection.QueryAsync<VersionRow>(
            """
            SELECT id, nodeId, versionDate, userId, name, urlSegment, propertyData FROM umbracoContentVersion
            WHERE nodeId = @nodeId ORDER BY id DESC LIMIT @take OFFSET @skip
            """,
            new { nodeId, skip, take }, transaction).ConfigureAwait(false);
        return rows.Select(MapVersion).ToArray();
    }

    /// <summary>Deletes nodes (their versions cascade).</summary>
    public async Task DeleteNodesAsync(DbConnection connection, IReadOnlyCollection<int> ids, DbTransaction transaction)
    {
        foreach (var chunk in ids.Chunk(500))
        {
            await connection.ExecuteAsync("DELETE FROM umbracoContentVersion WHERE " + dialect.InList("nodeId", "@chunk"), new { chunk }, transaction).ConfigureAwait(false);
            await connection.ExecuteAsync("DELETE FROM umbracoNode WHERE " + dialect.InList("id", "@chunk"), new { chunk }, transaction).ConfigureAwait(false);
        }
    }

    private static object ToParameters(Document d) => new
    {
        id = d.Id,
        uniqueId = d.Key.ToString("D"),
        parentId = d.ParentId,
        level = d.Level,
        path = d.Path,
        sortOrder = d.SortOrder,
        trashed = d.Trashed,
        originalParentId = d.OriginalParentId,
        contentTypeId = d.ContentTypeId,
        name = d.Name,
        urlSegment = d.UrlSegment,
        createDate = DbDate.Write(d.CreateDate),
        updateDate = DbDate.Write(d.UpdateDate),
        creatorId = d.CreatorId,
        writerId = d.WriterId,
        published = d.Published,
        edited = d.Edited,
        draftVersionId = d.DraftVersionId == 0 ? (int?)null : d.DraftVersionId,
        publishedVersionId = d.PublishedVersionId,
        publishDate = DbDate.Write(d.PublishDate),
        publisherId = d.PublisherId,
    };

    private static Document Map(NodeRow r) => new()
    {
        Id = r.Id,
        Key = Guid.Parse(r.UniqueId),
        ParentId = r.ParentId,
        Level = r.Level,
        Path = r.Path,
        SortOrder = r.SortOrder,
        Trashed = r.Trashed,
        OriginalParentId = r.OriginalParentId,
        ContentTypeId = r.ContentTypeId,
        ContentTypeAlias = r.ContentTypeAlias,
        Name = r.Name,
        UrlSegment = r.UrlSegment,
        CreateDate = DbDate.Read(r.CreateDate),
        UpdateDate = DbDate.Read(r.UpdateDate),
        CreatorId = r.CreatorId,
        WriterId = r.WriterId,
        Published = r.Published,
        Edited = r.Edited,
        DraftVersionId = r.DraftVersionId ?? 0,
        PublishedVersionId = r.PublishedVersionId,
        PublishDate = DbDate.ReadNullable(r.PublishDate),
        PublisherId = r.PublisherId,
        Values = PropertyValues.FromJson(r.DraftData),
    };

    private static DocumentVersion MapVersion(VersionRow r) =>
        new(r.Id, r.NodeId, DbDate.Read(r.VersionDate), r.UserId, r.Name, r.UrlSegment, PropertyValues.FromJson(r.PropertyData));
}
