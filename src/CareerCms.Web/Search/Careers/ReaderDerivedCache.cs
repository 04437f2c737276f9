using CareerCms.Web.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerCms.Web.Search.Careers;

/// <summary>
/// A value computed from a whole committed index generation (synonyms, completion titles, title terms), rebuilt
/// once per new generation and shared. The build borrows its own searcher, so it never reads a reader a request
/// has already returned; concurrent callers share one build.
/// </summary>
internal sealed class ReaderDerivedCache<T>(Func<IndexSearcher, T> build)
    where T : class
{
    private readonly Lock _gate = new();
    private (long Version, T Value)? _current;
    private Task<(long Version, T Value)>? _building;

    /// <summary>The reader version of a searcher from a <see cref="CommittedSearcher"/>.</summary>
    public static long VersionOf(IndexSearcher searcher) =>
        searcher.IndexReader is DirectoryReader directory ? directory.Version : 0;

    /// <summary>The value for a generation at least as new as <paramref name="minVersion"/>.</summary>
    public async Task<T?> GetAsync(CommittedSearcher searcher, long minVersion)
    {
        Task<(long Version, T Value)> building;
        lock (_gate)
        {
            if (_current is { } current && current.Version >= minVersion)
            {
                return current.Value;
            }

            _building ??= Task.Run(() => Build(searcher));
            building = _building;
        }

        try
        {
            var built = await building.ConfigureAwait(false);
            return built.Value;
        }
        finally
        {
            lock (_gate)
            {
                if (ReferenceEquals(_building, building))
                {
                    _building = null;
                    if (building.IsCompletedSuccessfully && (_current is null || _current.Value.Version < building.Result.Version))
                    {
                        _current = building.Result;
                    }
                }
            }
        }
    }

    private (long Version, T Value) Build(CommittedSearcher searcher)
    {
        using var lease = searcher.Acquire() ?? throw new InvalidOperationException("The index has no committed generation.");
        return (VersionOf(lease.Searcher), build(lease.Searcher));
    }
}
