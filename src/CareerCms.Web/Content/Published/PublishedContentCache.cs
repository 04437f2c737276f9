using CareerCms.Web.Content.Documents;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.Content.Published;

/// <summary>
/// The in-memory published content cache (Umbraco's published snapshot): every routable published document,
/// loaded whole at start and refreshed per branch from cache instructions, on every node. Look-ups by key, by id and
/// of a parent's children (kept sorted as refreshes apply) cost the same whatever the size of the cache.
/// </summary>
public sealed class PublishedContentCache(
    DatabaseScopeProvider scopeProvider,
    DocumentRepository documents,
    IEnumerable<IPublishedRouteChangeObserver> routeObservers)
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private readonly Lock _writeLock = new();
    private readonly IPublishedRouteChangeObserver[] _routeObservers = [.. routeObservers];
    private volatile PublishedContentState _state = PublishedContentState.Create([]);

    /// <summary>Number of routable published documents.</summary>
    public int Count => _state.Count;

    /// <summary>Every routable published document (a copy: enumerate it, do not call it per request).</summary>
    public IEnumerable<PublishedDocument> All => _state.All;

    /// <summary>A document by key.</summary>
    public PublishedDocument? Get(Guid key) => _state.Get(key);

    /// <summary>A document by id.</summary>
    public PublishedDocument? Get(int id) => _state.Get(id);

    /// <summary>Published children of a parent key (null = roots), in sort order.</summary>
    public IReadOnlyList<PublishedDocument> GetChildren(Guid? parentKey)
    {
        var state = _state;
        if (parentKey is not { } key)
        {
            return state.GetChildren(Document.RootParentId);
        }

        return state.Get(key) is { } parent ? state.GetChildren(parent.Id) : [];
    }

    /// <summary>The published child of a parent key (null = roots) with a URL segment, ignoring case; null when none.</summary>
    public PublishedDocument? GetChild(Guid? parentKey, string urlSegment)
    {
        ArgumentNullException.ThrowIfNull(urlSegment);
        var state = _state;
        if (parentKey is not { } key)
        {
            return state.GetChild(Document.RootParentId, urlSegment);
        }

        return state.Get(key) is { } parent ? state.GetChild(parent.Id, urlSegment) : null;
    }

    /// <summary>Reloads everything from the database.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var all = await documents.GetAllAsync(connection).ConfigureAwait(false);
            var loaded = await LoadAsync(connection, all).ConfigureAwait(false);
            var state = PublishedContentState.Create(loaded);
            lock (_writeLock)
            {
                _state = state;
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
            var previous = _state.BranchIds(id);
            await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var node = await documents.GetByIdAsync(connection, id).ConfigureAwait(false);
            if (node is null)
            {
                Apply([], previous);
                return;
            }

            var branch = new List<Document> { node };
            branch.AddRange(await documents.GetDescendantsAsync(connection, node).ConfigureAwait(false));
            var ancestors = await documents.GetByIdsAsync(connection, node.AncestorIds.ToArray()).ConfigureAwait(false);
            Apply(await LoadAsync(connection, branch, ancestors).ConfigureAwait(false), previous);
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
                Apply([], _state.BranchIds(id));
                return;
            }

            var ancestors = await documents.GetByIdsAsync(connection, node.AncestorIds.ToArray()).ConfigureAwait(false);
            Apply(await LoadAsync(connection, [node], ancestors).ConfigureAwait(false), [id]);
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>Removes a node and every cached descendant.</summary>
    public void RemoveBranch(int id) => Apply([], _state.BranchIds(id));

    private void Apply(IReadOnlyCollection<PublishedDocument> upserts, IEnumerable<int> removals)
    {
        List<PublishedRouteChange>? changes = null;
        lock (_writeLock)
        {
            var state = _state;
            var before = _routeObservers.Length == 0 ? [] : PreviousRoutes(state, upserts);
            state.Apply(upserts, removals);
            foreach (var (key, route) in before)
            {
                if (state.Get(key) is { } now && PublishedRoutes.Below(now, state.Get) is { } current && current != route)
                {
                    (changes ??= []).Add(new PublishedRouteChange(key, route));
                }
            }
        }

        if (changes is not null)
        {
            foreach (var observer in _routeObservers)
            {
                observer.OnRoutesChanged(changes);
            }
        }
    }

    private static List<(Guid Key, string Route)> PreviousRoutes(PublishedContentState state, IEnumerable<PublishedDocument> upserts)
    {
        var routes = new List<(Guid, string)>();
        foreach (var doc in upserts)
        {
            if (state.Get(doc.Id) is { } previous && PublishedRoutes.Below(previous, state.Get) is { } route)
            {
                routes.Add((previous.Key, route));
            }
        }

        return routes;
    }

    private async Task<IReadOnlyList<PublishedDocument>> LoadAsync(
        System.Data.Common.DbConnection connection, IReadOnlyList<Document> nodes, IReadOnlyList<Document>? ancestors = null)
    {
        var byId = new Dictionary<int, Document>(nodes.Count + (ancestors?.Count ?? 0));
        foreach (var doc in nodes.Concat(ancestors ?? []))
        {
            byId.TryAdd(doc.Id, doc);
        }

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
