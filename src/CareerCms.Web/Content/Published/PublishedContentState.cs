using System.Collections.Concurrent;
using CareerCms.Web.Content.Documents;

namespace CareerCms.Web.Content.Published;

/// <summary>
/// The published cache's maps: documents by key and by id, and every parent's children in sort order (roots under
/// <see cref="Document.RootParentId"/>). Reads are lock-free look-ups; each children list is an array that is
/// replaced, never changed, so a reader always sees a whole, sorted list. Writes go through <see cref="Apply"/>,
/// which its owner serializes.
/// </summary>
internal sealed class PublishedContentState
{
    private static readonly Comparison<PublishedDocument> TreeOrder = (a, b) =>
        a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.Id.CompareTo(b.Id);

    private readonly ConcurrentDictionary<Guid, PublishedDocument> _byKey = new();
    private readonly ConcurrentDictionary<int, PublishedDocument> _byId = new();
    private readonly ConcurrentDictionary<int, PublishedDocument[]> _childrenByParentId = new();
    private readonly ConcurrentDictionary<int, Dictionary<string, PublishedDocument>> _childBySegment = new();
    private int _count;

    /// <summary>A state holding the documents.</summary>
    public static PublishedContentState Create(IEnumerable<PublishedDocument> documents)
    {
        var state = new PublishedContentState();
        foreach (var doc in documents)
        {
            state._byKey[doc.Key] = doc;
            state._byId[doc.Id] = doc;
        }

        state._count = state._byId.Count;
        foreach (var siblings in state._byId.Values.GroupBy(d => d.ParentId))
        {
            var array = siblings.ToArray();
            Array.Sort(array, TreeOrder);
            state.PublishChildren(siblings.Key, array);
        }

        return state;
    }

    /// <summary>Number of documents.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Every document (a copy).</summary>
    public IEnumerable<PublishedDocument> All => _byId.Values;

    /// <summary>A document by key.</summary>
    public PublishedDocument? Get(Guid key) => _byKey.GetValueOrDefault(key);

    /// <summary>A document by id.</summary>
    public PublishedDocument? Get(int id) => _byId.GetValueOrDefault(id);

    /// <summary>The children of a parent id, in sort order (the array is never changed after it is published).</summary>
    public IReadOnlyList<PublishedDocument> GetChildren(int parentId) =>
        _childrenByParentId.TryGetValue(parentId, out var children) ? children : [];

    /// <summary>
    /// The child of a parent id with a URL segment (compared ignoring case); the first in sort order when siblings
    /// share one.
    /// </summary>
    public PublishedDocument? GetChild(int parentId, string urlSegment) =>
        _childBySegment.TryGetValue(parentId, out var children) ? children.GetValueOrDefault(urlSegment) : null;

    /// <summary>The ids of a node (whether cached or not) and of every cached descendant.</summary>
    public IReadOnlyList<int> BranchIds(int id)
    {
        var ids = new List<int> { id };
        for (var i = 0; i < ids.Count; i++)
        {
            foreach (var child in GetChildren(ids[i]))
            {
                ids.Add(child.Id);
            }
        }

        return ids;
    }

    /// <summary>
    /// Stores <paramref name="upserts"/> (new or replacing the document with the same id), then drops
    /// <paramref name="removals"/> that are not among them, and re-sorts only the children lists of the parents
    /// concerned. Readers never see a stored document missing in between.
    /// </summary>
    public void Apply(IReadOnlyCollection<PublishedDocument> upserts, IEnumerable<int> removals)
    {
        var parents = new HashSet<int>();
        var stored = new HashSet<int>();
        foreach (var doc in upserts)
        {
            if (_byId.TryGetValue(doc.Id, out var previous))
            {
                parents.Add(previous.ParentId);
                if (previous.Key != doc.Key)
                {
                    _byKey.TryRemove(previous.Key, out _);
                }
            }
            else
            {
                Interlocked.Increment(ref _count);
            }

            _byKey[doc.Key] = doc;
            _byId[doc.Id] = doc;
            parents.Add(doc.ParentId);
            stored.Add(doc.Id);
        }

        foreach (var id in removals)
        {
            if (!stored.Contains(id) && _byId.TryRemove(id, out var removed))
            {
                _byKey.TryRemove(removed.Key, out _);
                Interlocked.Decrement(ref _count);
                parents.Add(removed.ParentId);
            }
        }

        var upsertsByParent = upserts.ToLookup(d => d.ParentId);
        foreach (var parentId in parents)
        {
            RebuildChildren(parentId, upsertsByParent[parentId]);
        }
    }

    private void RebuildChildren(int parentId, IEnumerable<PublishedDocument> upsertedChildren)
    {
        var ids = new HashSet<int>();
        var children = new List<PublishedDocument>();
        foreach (var candidate in GetChildren(parentId).Concat(upsertedChildren))
        {
            if (ids.Add(candidate.Id) && _byId.TryGetValue(candidate.Id, out var current) && current.ParentId == parentId)
            {
                children.Add(current);
            }
        }

        if (children.Count == 0)
        {
            _childrenByParentId.TryRemove(parentId, out _);
            _childBySegment.TryRemove(parentId, out _);
            return;
        }

        var array = children.ToArray();
        Array.Sort(array, TreeOrder);
        PublishChildren(parentId, array);
    }

    /// <summary>Replaces a parent's children list and segment look-up (both are never changed once published).</summary>
    private void PublishChildren(int parentId, PublishedDocument[] sorted)
    {
        var bySegment = new Dictionary<string, PublishedDocument>(sorted.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var child in sorted)
        {
            bySegment.TryAdd(child.UrlSegment, child);
        }

        _childBySegment[parentId] = bySegment;
        _childrenByParentId[parentId] = sorted;
    }
}
