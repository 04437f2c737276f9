using System.Data.Common;
using CareerCms.Web.Persistence;
using Dapper;

namespace CareerCms.Web.Backoffice.Content;

/// <summary>
/// Paged, value-free reads of the content tree for the tree, the collection (list) view and pickers: one indexed
/// query per page, so a folder with thousands of children costs the same as a small one.
/// </summary>
public sealed class DocumentTreeReader(DatabaseScopeProvider scopes)
{
    private const string SelectNode = """
        SELECT n.id, n.uniqueId, n.parentId, p.uniqueId AS parentKey, n.path, n.level, n.sortOrder, n.trashed,
               ct.alias AS contentTypeAlias, n.name, n.published, n.edited, n.createDate, n.updateDate, n.writerId,
               n.draftVersionId, n.publishedVersionId,
               (SELECT COUNT(*) FROM umbracoNode c WHERE c.parentId = n.id) AS childCount
        FROM umbracoNode n
        JOIN cmsContentType ct ON ct.id = n.contentTypeId
        LEFT JOIN umbracoNode p ON p.id = n.parentId
        """;

    private static readonly Dictionary<string, string> OrderColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sortOrder"] = "n.sortOrder",
        ["name"] = "n.name",
        ["updateDate"] = "n.updateDate",
        ["createDate"] = "n.createDate",
        ["contentTypeAlias"] = "ct.alias",
        ["published"] = "n.published",
    };

    /// <summary>One page of a parent's children (-1 = roots, -20 = recycle bin), optionally filtered by name.</summary>
    public async Task<(IReadOnlyList<TreeNode> Items, int Total)> GetChildrenAsync(
        int parentId, int skip, int take, string? filter = null, string? orderBy = null, bool descending = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var where = " WHERE n.parentId = @parentId";
        if (!string.IsNullOrWhiteSpace(filter))
        {
            where += " AND " + scopes.Dialect.CaseInsensitiveLike("n.name", "@filter");
        }

        var column = orderBy is not null && OrderColumns.TryGetValue(orderBy, out var c) ? c : "n.sortOrder";
        var direction = descending ? "DESC" : "ASC";
        var parameters = new { parentId, skip, take, filter = $"%{filter?.Trim()}%" };
        var total = await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM umbracoNode n" + where, parameters).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(
            SelectNode + where + $" ORDER BY {column} {direction}, n.id LIMIT @take OFFSET @skip", parameters).ConfigureAwait(false);
        return (rows.Select(r => r.ToNode()).ToArray(), total);
    }

    /// <summary>Nodes by key (unknown keys are skipped).</summary>
    public async Task<IReadOnlyList<TreeNode>> GetByKeysAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<TreeNode>();
        foreach (var chunk in keys.Select(k => k.ToString("D")).Chunk(500))
        {
            var rows = await connection.QueryAsync<Row>(SelectNode + " WHERE " + scopes.Dialect.InList("n.uniqueId", "@chunk"), new { chunk }).ConfigureAwait(false);
            result.AddRange(rows.Select(r => r.ToNode()));
        }

        return result;
    }

    /// <summary>Nodes by id (unknown ids are skipped).</summary>
    public async Task<IReadOnlyList<TreeNode>> GetByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(SelectNode + " WHERE " + scopes.Dialect.InList("n.id", "@ids"), new { ids = ids.ToArray() }).ConfigureAwait(false);
        return rows.Select(r => r.ToNode()).ToArray();
    }

    /// <summary>One node by key.</summary>
    public async Task<TreeNode?> GetAsync(Guid key, CancellationToken cancellationToken = default) =>
        (await GetByKeysAsync([key], cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>The node and its ancestors, root first.</summary>
    public async Task<IReadOnlyList<TreeNode>> GetAncestorsAndSelfAsync(TreeNode node, CancellationToken cancellationToken = default)
    {
        var byId = (await GetByIdsAsync(node.PathIds.ToArray(), cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id);
        return node.PathIds.Where(byId.ContainsKey).Select(id => byId[id]).ToArray();
    }

    /// <summary>Documents whose name contains the text (global search, pickers), at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<TreeNode>> SearchAsync(string text, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(
            SelectNode + " WHERE n.trashed = @trashed AND " + scopes.Dialect.CaseInsensitiveLike("n.name", "@filter") + " ORDER BY n.level, n.name LIMIT @take",
            new { trashed = false, filter = $"%{text.Trim()}%", take }).ConfigureAwait(false);
        return rows.Select(r => r.ToNode()).ToArray();
    }

    /// <summary>User names by id for history and collection columns.</summary>
    public async Task<IReadOnlyDictionary<int, string>> GetUserNamesAsync(IEnumerable<int> ids, CancellationToken cancellationToken = default)
    {
        var distinct = ids.Distinct().ToArray();
        if (distinct.Length == 0)
        {
            return new Dictionary<int, string>();
        }

        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(int Id, string Name)>(
            "SELECT id, name FROM umbracoUser WHERE " + scopes.Dialect.InList("id", "@ids"), new { ids = distinct }).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => r.Name);
    }

    /// <summary>How many versions a document has.</summary>
    public async Task<int> CountVersionsAsync(int nodeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM umbracoContentVersion WHERE nodeId = @nodeId", new { nodeId }).ConfigureAwait(false);
    }

    /// <summary>How many history entries a document has.</summary>
    public async Task<int> CountAuditAsync(Guid nodeKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM umbracoAudit WHERE nodeKey = @nodeKey", new { nodeKey = nodeKey.ToString("D") }).ConfigureAwait(false);
    }

    private sealed class Row
    {
        public int Id { get; set; }
        public string UniqueId { get; set; } = "";
        public int ParentId { get; set; }
        public string? ParentKey { get; set; }
        public string Path { get; set; } = "";
        public int Level { get; set; }
        public int SortOrder { get; set; }
        public bool Trashed { get; set; }
        public string ContentTypeAlias { get; set; } = "";
        public string Name { get; set; } = "";
        public bool Published { get; set; }
        public bool Edited { get; set; }
        public string CreateDate { get; set; } = "";
        public string UpdateDate { get; set; } = "";
        public int WriterId { get; set; }
        public long ChildCount { get; set; }
        public int? DraftVersionId { get; set; }
        public int? PublishedVersionId { get; set; }

        public TreeNode ToNode() => new()
        {
            Id = Id,
            Key = Guid.Parse(UniqueId),
            ParentId = ParentId,
            ParentKey = ParentKey is null ? null : Guid.Parse(ParentKey),
            Path = Path,
            Level = Level,
            SortOrder = SortOrder,
            Trashed = Trashed,
            ContentTypeAlias = ContentTypeAlias,
            Name = Name,
            Published = Published,
            Edited = Edited,
            CreateDate = DbDate.Read(CreateDate),
            UpdateDate = DbDate.Read(UpdateDate),
            WriterId = WriterId,
            ChildCount = (int)ChildCount,
            DraftVersionId = DraftVersionId,
            PublishedVersionId = PublishedVersionId,
        };
    }
}
