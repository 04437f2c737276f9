using System.Collections.Concurrent;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.Content.Published;

/// <summary>
/// The in-memory published content cache (Umbraco's published snapshot): every routable published document,
/// loaded whole at start and refreshed per branch from cache instructions, on every node.
/// </summary>
public sealed class PublishedContentCache(DatabaseScopeProvider scopeProvider, DocumentRepository documents)
{
    private readonly ConcurrentDictionary<Guid, PublishedDocument> _byKey = new();
    private readonly ConcurrentDictionary<int, Guid> _keyById = new();
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    /// <summary>Number of routable published documents.</summary>
    public int Count => _byKey.Count;

    /// <summary>Every routable published document.</summary>
    public IEnumerable<PublishedDocument> All => _byKey.Values;

    /// <summary>A document by key.</summary>
    public PublishedDocument? Get(Guid key) => _byKey.GetValueOrDefault(key);

    /// <summary>A document by id.</summary>
    public PublishedDocument? Get(int id) => _keyById.TryGetValue(id, out var key) ? Get(key) : null;

    /// <summary>Published children of a parent key (null = roots), in sort order.</summary>
    public IReadOnlyList<PublishedDocument> GetChildren(Guid? parentKey) =>
        _byKey.Values.Where(d => d.ParentKey == parentKey).OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToArray();

    /// <summary>Reloads everything from the database.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var all = await documents.GetAllAsync(connection).ConfigureAwait(false);
            var loaded = await LoadAsync(connection, all).ConfigureAwait(false);
            _byKey.Clear();
            _keyById.Clear();
            foreach (var doc in loaded)
            {
                Store(doc);
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>Reloads a node and its descendants (a node id that no longer exists removes its branch).</summary>
    public async Task RefreshBranchAsync(int id, CancellationToken cancellationToken = default)
    {
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var node = await documents.GetByIdAsync(connection, id).ConfigureAwait(false);
            RemoveBranch(id);
            if (node is null)
            {
                return;
            }

            var branch = new List<Document> { node };
            branch.AddRange(await documents.GetDescendantsAsync(connection, node).ConfigureAwait(false));
            var ancestors = await documents.GetByIdsAsync(connection, node.AncestorIds.ToArray()).ConfigureAwait(false);
            foreach (var doc in await LoadAsync(connection, branch, ancestors).ConfigureAwait(false))
            {
                Store(doc);
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>Reloads one node (its descendants' routability is unchanged, e.g. after a draft save or a sort).</summary>
    public async Task RefreshNodeAsync(int id, CancellationToken cancellationToken = default)
    {
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var node = await documents.GetByIdAsync(connection, id).ConfigureAwait(false);
            if (node is null)
            {
                RemoveBranch(id);
                return;
            }

            var ancestors = await documents.GetByIdsAsync(connection, node.AncestorIds.ToArray()).ConfigureAwait(false);
            var loaded = await LoadAsync(connection, [node], ancestors).ConfigureAwait(false);
            if (loaded.Count == 0)
            {
                if (_byKey.TryRemove(node.Key, out _))
                {
                    _keyById.TryRemove(node.Id, out _);
                }

                return;
            }

            Store(loaded[0]);
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>Removes a node and every cached descendant.</summary>
    public void RemoveBranch(int id)
    {
        var marker = "," + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var doc in _byKey.Values.Where(d => d.Id == id || d.Path.Contains(marker + ",", StringComparison.Ordinal)))
        {
            _byKey.TryRemove(doc.Key, out _);
            _keyById.TryRemove(doc.Id, out _);
        }
    }

    private void Store(PublishedDocument doc)
    {
        _byKey[doc.Key] = doc;
        _keyById[doc.Id] = doc.Key;
    }

    private async Task<IReadOnlyList<PublishedDocument>> LoadAsync(
        System.Data.Common.DbConnection connection, IReadOnlyList<Document> nodes, IReadOnlyList<Document>? ancestors = null)
    {
        var byId = nodes.Concat(ancestors ?? []).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First());
        var routable = nodes.Where(d => d is { Published: true, Trashed: false, PublishedVersionId: not null } &&
                                        d.AncestorIds.All(a => byId.TryGetValue(a, out var anc) && anc.Published && !anc.Trashed))
            .ToArray();
        var versions = (await documents.GetVersionsByIdsAsync(connection, routable.Select(d => d.PublishedVersionId!.Value).ToArray())
            .ConfigureAwait(false)).ToDictionary(v => v.Id);
        var result = new List<PublishedDocument>(routable.Length);
        foreach (var d in routable)
        {
            if (!versions.TryGetValue(d.PublishedVersionId!.Value, out var version))
            {
                continue;
            }

            result.Add(new PublishedDocument
            {
                Id = d.Id,
                Key = d.Key,
                ParentId = d.ParentId,
                ParentKey = d.ParentId > 0 && byId.TryGetValue(d.ParentId, out var parent) ? parent.Key : null,
                Level = d.Level,
                Path = d.Path,
                SortOrder = d.SortOrder,
                ContentTypeAlias = d.ContentTypeAlias,
                Name = version.Name,
                UrlSegment = version.UrlSegment,
                CreateDate = d.CreateDate,
                UpdateDate = d.PublishDate ?? version.VersionDate,
                AncestorKeys = d.AncestorIds.Select(a => byId[a].Key).ToArray(),
                Values = version.Values,
            });
        }

        return result;
    }
}
