using Lucene.Net.Search;

namespace CareerCms.Search.Indexing;

/// <summary>A searcher borrowed from an index; dispose it to give it back (never dispose its reader).</summary>
internal sealed class SearcherLease(ReferenceManager<IndexSearcher> manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}
