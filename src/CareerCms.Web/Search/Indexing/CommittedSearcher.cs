using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// A read-only searcher over an index folder's committed generations (Lucene's multi-reader model: readers never
/// take the write lock), reopened after each commit. The career search runs on it because it needs Lucene's own
/// <see cref="IndexSearcher"/> (custom collector for facets, its own similarity), which the CareerCms.Search
/// library does not expose; the backoffice searchers use the library's near-real-time searcher.
/// </summary>
public sealed class CommittedSearcher : IDisposable
{
    private readonly string _path;
    private readonly SearcherFactory _factory;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _gate = new();
    private LuceneDirectory? _directory;
    private SearcherManager? _manager;
    private bool _disposed;

    /// <summary>Opens (lazily) the committed index in <paramref name="path"/>.</summary>
    public CommittedSearcher(string path, SearcherFactory factory, ILogger logger)
    {
        _path = path;
        _factory = factory;
        _logger = logger;
    }

    /// <summary>Borrows the current searcher; null when the folder holds no committed index yet. Dispose the lease.</summary>
    public Lease? Acquire()
    {
        var manager = EnsureOpen();
        if (manager is null)
        {
            return null;
        }

        try
        {
            return new Lease(manager, manager.Acquire());
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>Moves to the newest commit (blocking); reopens from scratch if the folder was replaced.</summary>
    public void Refresh()
    {
        var manager = EnsureOpen();
        if (manager is null)
        {
            return;
        }

        try
        {
            manager.MaybeRefreshBlocking();
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexFormatTooOldException or UnauthorizedAccessException)
        {
            // The folder was wiped and recreated (corrupt index) under the old reader: start over.
            _logger.LogInformation(ex, "Reopening the committed searcher of {Path}", _path);
            Close();
            EnsureOpen();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            CloseLocked();
        }
    }

    private SearcherManager? EnsureOpen()
    {
        lock (_gate)
        {
            if (_manager is not null || _disposed)
            {
                return _manager;
            }

            try
            {
                System.IO.Directory.CreateDirectory(_path);
                _directory ??= FSDirectory.Open(new DirectoryInfo(_path), NoLockFactory.GetNoLockFactory());
                if (!DirectoryReader.IndexExists(_directory))
                {
                    return null;
                }

                _manager = new SearcherManager(_directory, _factory);
            }
            catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexFormatTooOldException or UnauthorizedAccessException)
            {
                _logger.LogWarning(ex, "The committed index in {Path} cannot be opened yet", _path);
                _manager = null;
            }

            return _manager;
        }
    }

    private void Close()
    {
        lock (_gate)
        {
            CloseLocked();
        }
    }

    private void CloseLocked()
    {
        try
        {
            _manager?.Dispose();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            _logger.LogDebug(ex, "Closing the committed searcher of {Path}", _path);
        }

        _manager = null;
        _directory?.Dispose();
        _directory = null;
    }

    /// <summary>A borrowed searcher; dispose to return it (never dispose its reader).</summary>
    public sealed class Lease(SearcherManager manager, IndexSearcher searcher) : IDisposable
    {
        private int _released;

        /// <summary>The searcher.</summary>
        public IndexSearcher Searcher { get; } = searcher;

        /// <inheritdoc />
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                manager.Release(Searcher);
            }
        }
    }
}
