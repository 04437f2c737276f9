using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CareerCms.Search.Indexing;

/// <summary>
/// One open writer with its tracking wrapper, NRT searcher manager and (optionally) reopen thread. An index swaps
/// the whole session when it has to recreate a broken folder.
/// </summary>
internal sealed class IndexWriterSession : IDisposable
{
    private const int WaitSliceMilliseconds = 100;

    private readonly NearRealTimeSearcherManager _searchers;
    private readonly ControlledRealTimeReopenThread<IndexSearcher>? _reopenThread;
    private int _disposed;

    private IndexWriterSession(
        IndexWriter writer,
        TrackingIndexWriter tracking,
        NearRealTimeSearcherManager searchers,
        ControlledRealTimeReopenThread<IndexSearcher>? reopenThread)
    {
        Writer = writer;
        Tracking = tracking;
        _searchers = searchers;
        _reopenThread = reopenThread;
    }

    public IndexWriter Writer { get; }

    /// <summary>Every write goes through here so it gets a generation that searchers can be waited on for.</summary>
    public TrackingIndexWriter Tracking { get; }

    /// <summary>Opens a writer (creating an empty, committed index when <paramref name="create"/> is set).</summary>
    /// <exception cref="Lucene.Net.Store.LockObtainFailedException">Another writer holds the folder.</exception>
    public static IndexWriterSession Open(string indexName, LuceneDirectory directory, Analyzer analyzer, LuceneIndexOptions options, bool create, bool bulkLoading)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            RAMBufferSizeMB = bulkLoading ? options.RebuildRamBufferSizeMb : options.RamBufferSizeMb,
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            // Snapshots let a future replicator copy a commit while the writer carries on.
            IndexDeletionPolicy = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()),
            WriteLockTimeout = (long)options.WriteLockTimeout.TotalMilliseconds,
        };

        var writer = new IndexWriter(directory, config);
        NearRealTimeSearcherManager? searchers = null;
        try
        {
            if (create)
            {
                writer.Commit();
            }

            searchers = new NearRealTimeSearcherManager(writer, applyAllDeletes: true) { Paused = bulkLoading };
            var tracking = new TrackingIndexWriter(writer);
            ControlledRealTimeReopenThread<IndexSearcher>? reopenThread = null;
            if (options.NrtEnabled)
            {
                reopenThread = new ControlledRealTimeReopenThread<IndexSearcher>(
                    tracking,
                    searchers,
                    options.NrtTargetMaxStale.TotalSeconds,
                    options.NrtTargetMinStale.TotalSeconds)
                {
                    IsBackground = true,
                    Name = $"{indexName} NRT reopen",
                };
                reopenThread.Start();
            }

            return new IndexWriterSession(writer, tracking, searchers, reopenThread);
        }
        catch
        {
            searchers?.Dispose();
            writer.Rollback();
            throw;
        }
    }

    public long Generation => Tracking.Generation;


    /// <summary>
    /// Bulk loading (a rebuild filling the index): a larger RAM buffer, and no periodic NRT reopens, each of which
    /// would flush a small segment. Explicit refreshes and waits for changes still reopen.
    /// </summary>
    public void SetBulkLoading(bool bulkLoading, double ramBufferSizeMb)
    {
        Writer.Config.RAMBufferSizeMB = ramBufferSizeMb;
        _searchers.Paused = bulkLoading;
    }

    public SearcherLease Acquire()
    {
        if (_reopenThread is null)
        {
            _searchers.RefreshNow();
        }

        return new SearcherLease(_searchers, _searchers.Acquire());
    }

    /// <summary>Makes every change applied so far visible to new searches.</summary>
    public void Refresh() => _searchers.RefreshBlocking();

    /// <summary>Waits until searches see at least <paramref name="generation"/>; returns early if the session closes.</summary>
    public async Task WaitForGenerationAsync(long generation, CancellationToken cancellationToken)
    {
        if (_reopenThread is null || _searchers.Paused)
        {
            // Without the reopen thread (or while it is paused) a refresh started now shows every change applied so far.
            await Task.Run(Refresh, cancellationToken).ConfigureAwait(false);
            return;
        }

        while (Volatile.Read(ref _disposed) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reached = await Task.Run(() => _reopenThread.WaitForGeneration(generation, WaitSliceMilliseconds), cancellationToken)
                .ConfigureAwait(false);
            if (reached)
            {
                return;
            }
        }
    }

    /// <summary>Stops searching and closes the writer, committing what it holds.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _reopenThread?.Dispose();
            _searchers.Dispose();
            Writer.Dispose();
        }
    }

    /// <summary>Stops searching and closes the writer without committing (after a failure).</summary>
    public void Abandon()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _reopenThread?.Dispose();
            _searchers.Dispose();
            Writer.Rollback();
        }
    }
}
