namespace CareerCms.Search.Searching;

/// <summary>One page of hits and the true number of matching documents.</summary>
/// <param name="TotalItemCount">Every matching document, not just this page (Lucene's TotalHits; never capped).</param>
/// <param name="Items">The requested page, in order.</param>
public sealed record SearchResults(long TotalItemCount, IReadOnlyList<SearchResult> Items);
