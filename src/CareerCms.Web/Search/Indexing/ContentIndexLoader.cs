using System.Data.Common;
using CareerCms.Web.Content.Documents;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Loads <see cref="ContentIndexBatch"/>es from the database: everything in pages for a rebuild, or the nodes and
/// branches a journal instruction names. Routability is computed from the database itself, not from the published
/// cache, so the index agrees with the journal position it records.
/// </summary>
public sealed class ContentIndexLoader(DatabaseScopeProvider scopeProvider, DocumentRepository documents, VersionHeaders versionHeaders)
{
    /// <summary>Total number of documents (for rebuild progress).</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await documents.CountAsync(connection).ConfigureAwait(false);
    }

    /// <summary>
    /// Every document (only routable ones when <paramref name="routableOnly"/>) in tree order, in batches of
    /// <paramref name="batchSize"/>; <paramref name="reportTotal"/> receives the number that will be yielded.
    /// Published versions are loaded only for <paramref name="routableOnly"/> (ExternalIndex); InternalIndex indexes drafts.
    /// </summary>
    public async IAsyncEnumerable<ContentIndexBatch> LoadAllAsync(
        int batchSize, bool routableOnly, Action<long> reportTotal, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var everything = await documents.GetAllAsync(connection).ConfigureAwait(false);
        var byId = everything.ToDictionary(d => d.Id);
        var children = everything.ToLookup(d => d.ParentId);

        // Tree order (each document right after its parent's earlier children) keeps a career and its paths in one
        // batch, so the versions a career's signals need are mostly loaded for the batch anyway.
        var paths = everything.ToDictionary(d => d.Id, d => d.PathIds);
        var all = everything.Where(d => !routableOnly || ContentIndexBatch.IsPathPublished(d, id => byId.GetValueOrDefault(id)))
            .Order(Comparer<Document>.Create((a, b) => ComparePaths(paths[a.Id], paths[b.Id])))
            .ToList();
        reportTotal(all.Count);

        // Versions of documents with children (roots, careers) are needed by many batches: keep them for the whole run.
        var parentVersions = new Dictionary<int, DocumentVersion>();
        IReadOnlyDictionary<int, DocumentVersion> none = new Dictionary<int, DocumentVersion>();
        foreach (var chunk in all.Chunk(batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var related = Related(chunk, id => byId.GetValueOrDefault(id), id => children[id]);
            var versions = routableOnly
                ? await VersionsAsync(connection, chunk.Concat(related), parentVersions, d => children[d.Id].Any()).ConfigureAwait(false)
                : none;
            yield return new ContentIndexBatch(chunk, related, versions);
        }
    }

    private static int ComparePaths(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    /// <summary>
    /// The given nodes (with their descendants where asked), their ancestors and children, and the ids of requested
    /// nodes that no longer exist.
    /// </summary>
    public async Task<(ContentIndexBatch Batch, IReadOnlyList<int> Missing)> LoadAsync(
        IReadOnlyDictionary<int, bool> nodes, CancellationToken cancellationToken)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var toIndex = new Dictionary<int, Document>();
        var missing = new List<int>();
        foreach (var (id, withDescendants) in nodes)
        {
            var node = toIndex.GetValueOrDefault(id) ?? await documents.GetByIdAsync(connection, id).ConfigureAwait(false);
            if (node is null)
            {
                missing.Add(id);
                continue;
            }

            toIndex[node.Id] = node;
            if (withDescendants)
            {
                foreach (var descendant in await documents.GetDescendantsAsync(connection, node).ConfigureAwait(false))
                {
                    toIndex[descendant.Id] = descendant;
                }
            }
        }

        var batch = toIndex.Values.OrderBy(d => d.Level).ThenBy(d => d.Id).ToList();
        var ancestorIds = batch.SelectMany(d => d.AncestorIds).Where(id => !toIndex.ContainsKey(id)).Distinct().ToArray();
        var known = new Dictionary<int, Document>(toIndex);
        foreach (var ancestor in await documents.GetByIdsAsync(connection, ancestorIds).ConfigureAwait(false))
        {
            known[ancestor.Id] = ancestor;
        }

        var childLists = new Dictionary<int, IReadOnlyList<Document>>();
        foreach (var parent in batch.Where(d => d.ContentTypeAlias == CareerContentTypes.Career))
        {
            childLists[parent.Id] = await documents.GetChildrenAsync(connection, parent.Id).ConfigureAwait(false);
        }

        var related = Related(batch, id => known.GetValueOrDefault(id), id => childLists.GetValueOrDefault(id) ?? []);
        var versions = await VersionsAsync(connection, batch.Concat(related), [], _ => false).ConfigureAwait(false);
        return (new ContentIndexBatch(batch, related, versions), missing);
    }

    private static List<Document> Related(IReadOnlyList<Document> batch, Func<int, Document?> get, Func<int, IEnumerable<Document>> childrenOf)
    {
        var related = new Dictionary<int, Document>();
        foreach (var document in batch)
        {
            foreach (var ancestor in document.AncestorIds.Select(get).OfType<Document>())
            {
                related.TryAdd(ancestor.Id, ancestor);
            }

            if (document.ContentTypeAlias == CareerContentTypes.Career)
            {
                foreach (var child in childrenOf(document.Id))
                {
                    related.TryAdd(child.Id, child);
                }
            }
        }

        return related.Values.ToList();
    }

    private async Task<IReadOnlyDictionary<int, DocumentVersion>> VersionsAsync(
        DbConnection connection, IEnumerable<Document> needed, Dictionary<int, DocumentVersion> keep, Func<Document, bool> worthKeeping)
    {
        var result = new Dictionary<int, DocumentVersion>();
        var toLoad = new List<int>();
        var unedited = new List<Document>();
        var nodeByVersion = new Dictionary<int, Document>();
        foreach (var document in needed)
        {
            if (document.PublishedVersionId is not { } versionId || result.ContainsKey(document.Id) || nodeByVersion.ContainsKey(versionId))
            {
                continue;
            }

            if (keep.TryGetValue(document.Id, out var kept) && kept.Id == versionId)
            {
                result[document.Id] = kept;
                continue;
            }

            nodeByVersion[versionId] = document;
            if (versionId == document.DraftVersionId)
            {
                // Published as it stands: the draft values loaded with the document are the published ones.
                unedited.Add(document);
            }
            else
            {
                toLoad.Add(versionId);
            }
        }

        var loaded = await documents.GetVersionsByIdsAsync(connection, toLoad).ConfigureAwait(false);
        var headers = await versionHeaders.LoadAsync(connection, unedited).ConfigureAwait(false);
        foreach (var version in loaded.Concat(headers))
        {
            result[version.NodeId] = version;
            if (nodeByVersion.TryGetValue(version.Id, out var node) && worthKeeping(node))
            {
                keep[node.Id] = version;
            }
        }

        return result;
    }
}
