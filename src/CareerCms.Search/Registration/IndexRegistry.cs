using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using CareerCms.Search.Indexing;
using CareerCms.Search.Searching;

namespace CareerCms.Search.Registration;

/// <summary>
/// Every index of the application by name, and their searchers by searcher name (Examine's ExamineManager).
/// Names are case-insensitive. The registry does not own the indexes: whoever created them disposes them.
/// </summary>
public sealed class IndexRegistry
{
    private readonly ConcurrentDictionary<string, LuceneIndex> _indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, LuceneSearcher> _searchers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates an empty registry.</summary>
    public IndexRegistry()
    {
    }

    /// <summary>Creates a registry holding these indexes (the first of any duplicate name wins).</summary>
    public IndexRegistry(IEnumerable<LuceneIndex> indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        foreach (var index in indexes)
        {
            TryAdd(index);
        }
    }

    /// <summary>All registered indexes.</summary>
    public IReadOnlyCollection<LuceneIndex> Indexes => _indexes.Values.OrderBy(index => index.Name, StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>All registered searchers.</summary>
    public IReadOnlyCollection<LuceneSearcher> Searchers => _searchers.Values.OrderBy(searcher => searcher.Name, StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Registers an index and its searcher; false if the name is taken.</summary>
    public bool TryAdd(LuceneIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (!_indexes.TryAdd(index.Name, index))
        {
            return false;
        }

        _searchers.TryAdd(index.Searcher.Name, index.Searcher);
        return true;
    }

    /// <summary>Finds an index by name.</summary>
    public bool TryGetIndex(string indexName, [MaybeNullWhen(false)] out LuceneIndex index) =>
        _indexes.TryGetValue(indexName, out index);

    /// <summary>Finds a searcher by searcher name (e.g. <c>ExternalSearcher</c>).</summary>
    public bool TryGetSearcher(string searcherName, [MaybeNullWhen(false)] out LuceneSearcher searcher) =>
        _searchers.TryGetValue(searcherName, out searcher);
}
