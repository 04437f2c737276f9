using CareerCms.Search.Analysis;
using CareerCms.Search.Fields;
using CareerCms.Search.Health;
using CareerCms.Search.Model;
using CareerCms.Search.Searching;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCms.Search.Indexing;

/// <summary>
/// A named Lucene index in one folder: the only writer of that folder in this process, with a serialized background
/// write queue, batched commits and near-real-time searching through <see cref="Searcher"/>.
/// </summary>
/// <remarks>
/// Writes (<see cref="IndexItems"/>, <see cref="DeleteFromIndex"/>, <see cref="CreateIndex"/>) are queued and return
/// at once (unless <see cref="LuceneIndexOptions.Synchronous"/>); await <see cref="WaitForChangesAsync"/> to read
/// your own writes. If another process holds the folder's lock the index reports itself
/// <see cref="IndexHealthStatus.Unhealthy"/>, never breaks the lock, and retries on later use.
/// </remarks>
public sealed partial class LuceneIndex : IDisposable
{
    private readonly LuceneIndexOptions _options;
    private readonly ILogger _logger;
    private readonly IndexDirectoryClaims.DirectoryClaim _claim;
    private readonly FSDirectory _directory;
    private readonly FieldTypeAnalyzer _analyzer;
    private readonly DocumentBuilder _documents;
    private readonly System.Collections.Concurrent.ConcurrentBag<DocumentBuilder> _spareDocumentBuilders = [];
    private readonly IndexWriteQueue _queue;
    private readonly CommitScheduler _commits;
    private readonly System.Threading.Lock _sessionLock = new();
    private IndexWriterSession? _session;
    private IndexHealth? _openFailure;
    private volatile string? _corruption;
    private volatile string? _commitFailure;
    private volatile bool _rebuilding;
    private volatile bool _bulkLoading;
    private int _disposed;

    /// <summary>Opens (or creates) the index in <see cref="LuceneIndexOptions.DirectoryPath"/>.</summary>
    /// <exception cref="IndexDirectoryInUseException">Another index of this process owns the folder.</exception>
    public LuceneIndex(string name, LuceneIndexOptions options, ILogger<LuceneIndex>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(name);
        Name = name;
        _options = options;
        _logger = logger ?? NullLogger<LuceneIndex>.Instance;
        DirectoryPath = Path.GetFullPath(options.DirectoryPath);
        _claim = IndexDirectoryClaims.Claim(DirectoryPath, name);
        try
        {
            System.IO.Directory.CreateDirectory(DirectoryPath);
            _directory = FSDirectory.Open(new DirectoryInfo(DirectoryPath), new NativeFSLockFactory());
            FieldTypes = new FieldTypeResolver(options.FieldDefinitions);
            _analyzer = new FieldTypeAnalyzer(FieldTypes, options.Analyzer);
            _documents = new DocumentBuilder(FieldTypes, _options.NumericDocValues);
            _queue = new IndexWriteQueue(name, ex => ReportError("Unexpected failure on the write queue.", null, ex));
            _commits = new CommitScheduler(options.CommitInterval, () => _queue.TryPost(CommitPending));
            Searcher = new LuceneSearcher(this, LuceneSearcher.NameFor(name));
            lock (_sessionLock)
            {
                _session = TryOpenSession(create: false);
            }
        }
        catch
        {
            _claim.Dispose();
            throw;
        }
    }

    /// <summary>The index name, e.g. <c>ExternalIndex</c>.</summary>
    public string Name { get; }

    /// <summary>The searcher over this index, named after it (<c>ExternalIndex</c> → <c>ExternalSearcher</c>).</summary>
    public LuceneSearcher Searcher { get; }

    /// <summary>The full path of the index folder.</summary>
    public string DirectoryPath { get; }

    /// <summary>How fields are indexed.</summary>
    public FieldDefinitionCollection FieldDefinitions => _options.FieldDefinitions;

    /// <summary>True while <see cref="Rebuilding.IndexRebuilder"/> is repopulating this index.</summary>
    public bool IsRebuilding => _rebuilding;

    /// <summary>True when there was no index in the folder when it was first opened (so it was created empty).</summary>
    public bool CreatedOnOpen { get; private set; }

    internal FieldTypeResolver FieldTypes { get; }

    internal FieldTypeAnalyzer Analyzer => _analyzer;

    /// <summary>Raised for each valid value set before it is written; handlers may replace values or cancel.</summary>
    public event EventHandler<TransformingIndexValuesEventArgs>? TransformingIndexValues;

    /// <summary>Raised when an item or operation fails (the failure is also logged).</summary>
    public event EventHandler<IndexingErrorEventArgs>? IndexingError;

    /// <summary>Raised after a commit, once searches already see the committed changes.</summary>
    public event EventHandler? IndexCommitted;

    /// <summary>Drains queued writes, commits them and closes the writer and the folder.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _claim.BeginClose();
        try
        {
            _queue.Dispose();
            _commits.Dispose();
            lock (_sessionLock)
            {
                try
                {
                    _session?.Dispose();
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "Index {IndexName}: the final commit failed.", Name);
                }

                _session = null;
            }

            _analyzer.Dispose();
            _directory.Dispose();
        }
        finally
        {
            _claim.Dispose();
        }
    }

    internal void MarkRebuilding(bool rebuilding) => _rebuilding = rebuilding;

    /// <summary>
    /// While a rebuild streams documents in: no interval commits (it commits once at the end), a larger RAM buffer
    /// and no periodic near-real-time reopens, so the index is written in a few large segments instead of many small
    /// ones merged again and again. Explicit waits for changes still see every write.
    /// </summary>
    internal void SetBulkLoading(bool bulkLoading)
    {
        lock (_sessionLock)
        {
            _bulkLoading = bulkLoading;
            _session?.SetBulkLoading(bulkLoading, bulkLoading ? _options.RebuildRamBufferSizeMb : _options.RamBufferSizeMb);
        }
    }

    internal SearcherLease AcquireSearcher()
    {
        ThrowIfDisposed();
        for (var attempt = 0; ; attempt++)
        {
            var session = EnsureSession() ?? throw new IndexUnavailableException(Name, GetHealth());
            try
            {
                return session.Acquire();
            }
            catch (ObjectDisposedException) when (attempt < 2)
            {
                // A wipe swapped the session between reading it and acquiring from it: take the new one.
            }
        }
    }

    private IndexWriterSession? EnsureSession()
    {
        lock (_sessionLock)
        {
            if (_session is not null || Volatile.Read(ref _disposed) == 1 || _openFailure?.Status == IndexHealthStatus.Corrupt)
            {
                // A corrupt folder stays closed until CreateIndex or a rebuild wipes it.
                return _session;
            }

            _session = TryOpenSession(create: false);
            return _session;
        }
    }

    private IndexWriterSession? TryOpenSession(bool create)
    {
        try
        {
            var exists = !create && DirectoryReader.IndexExists(_directory);
            var session = IndexWriterSession.Open(Name, _directory, _analyzer, _options, create: create || !exists, _bulkLoading);
            CreatedOnOpen |= !create && !exists;
            if (_openFailure is not null)
            {
                _logger.LogInformation("Index {IndexName} is open again.", Name);
            }

            _openFailure = null;
            return session;
        }
        catch (LockObtainFailedException ex)
        {
            SetOpenFailure(IndexHealthStatus.Unhealthy, "The folder is locked by another writer, probably another process; the lock is left alone.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            SetOpenFailure(IndexHealthStatus.Unhealthy, "The folder cannot be read or written.", ex);
        }
        catch (Exception ex)
        {
            SetOpenFailure(IndexHealthStatus.Corrupt, "The index files cannot be opened; a rebuild will recreate them.", ex);
        }

        return null;
    }

    private void SetOpenFailure(IndexHealthStatus status, string reason, Exception ex)
    {
        var changed = _openFailure?.Status != status;
        _openFailure = new IndexHealth(status, $"{reason} ({ex.GetType().Name}: {ex.Message})");
        if (changed)
        {
            _logger.LogWarning(ex, "Index {IndexName} at {DirectoryPath} is {Status}: {Reason}", Name, DirectoryPath, status, reason);
        }
    }

    private void DropSession(IndexWriterSession session)
    {
        lock (_sessionLock)
        {
            if (ReferenceEquals(_session, session))
            {
                _session = null;
            }
        }

        try
        {
            session.Abandon();
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Index {IndexName}: closing a failed writer threw.", Name);
        }
    }

    private void ReportError(string message, string? itemId, Exception? exception)
    {
        _logger.LogError(exception, "Index {IndexName}: {Message}", Name, message);
        try
        {
            IndexingError?.Invoke(this, new IndexingErrorEventArgs(this, message, itemId, exception));
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Index {IndexName}: an IndexingError handler threw.", Name);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
}
