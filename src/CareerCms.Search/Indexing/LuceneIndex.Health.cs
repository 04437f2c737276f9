using CareerCms.Search.Health;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;

namespace CareerCms.Search.Indexing;

public sealed partial class LuceneIndex
{
    /// <summary>
    /// A quick health check: rebuilding, locked or unreadable, known corrupt, or healthy if a searcher can read the
    /// index. A locked index is retried here, so it turns healthy once the other writer has gone.
    /// </summary>
    public IndexHealth GetHealth()
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return new IndexHealth(IndexHealthStatus.Unhealthy, "The index is disposed.");
        }

        if (_rebuilding)
        {
            return new IndexHealth(IndexHealthStatus.Rebuilding, "The index is being rebuilt.");
        }

        var session = EnsureSession();
        if (session is null)
        {
            return _openFailure ?? new IndexHealth(IndexHealthStatus.Unhealthy, "The index is not open.");
        }

        if (_corruption is { } corruption)
        {
            return new IndexHealth(IndexHealthStatus.Corrupt, corruption);
        }

        if (_commitFailure is { } commitFailure)
        {
            return new IndexHealth(IndexHealthStatus.Unhealthy, commitFailure);
        }

        try
        {
            using var lease = session.Acquire();
            _ = lease.Searcher.IndexReader.NumDocs;
            return IndexHealth.Healthy;
        }
        catch (Exception ex)
        {
            return new IndexHealth(IndexHealthStatus.Corrupt, $"The index cannot be read ({ex.Message}).");
        }
    }

    /// <summary>
    /// A deep check with Lucene's CheckIndex over the last commit (reads every file, so it costs time on big
    /// indexes): broken segments make the index <see cref="IndexHealthStatus.Corrupt"/> until it is wiped.
    /// Runs on the write queue so no commit happens during the check.
    /// </summary>
    public Task<IndexHealth> CheckIntegrityAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _queue.RunAsync(CheckIntegrity).WaitAsync(cancellationToken);
    }

    /// <summary>The number of live documents seen by searches (await <see cref="WaitForChangesAsync"/> first to include your writes).</summary>
    /// <exception cref="IndexUnavailableException">The index cannot be read.</exception>
    public long GetDocumentCount()
    {
        using var lease = AcquireSearcher();
        return lease.Searcher.IndexReader.NumDocs;
    }

    /// <summary>Every field name in the index (including reserved and sort fields), ordered.</summary>
    /// <exception cref="IndexUnavailableException">The index cannot be read.</exception>
    public IReadOnlyList<string> GetFieldNames()
    {
        using var lease = AcquireSearcher();
        return MultiFields.GetMergedFieldInfos(lease.Searcher.IndexReader)
            .Select(field => field.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>True when the folder holds a committed index.</summary>
    public bool IndexExists() => DirectoryReader.IndexExists(_directory);

    private IndexHealth CheckIntegrity()
    {
        var session = EnsureSession();
        if (session is not null && RunCheckIndex() is { } verdict)
        {
            _corruption = verdict;
            _logger.LogError("Index {IndexName} is corrupt: {Verdict}", Name, verdict);
        }

        return GetHealth();
    }

    private string? RunCheckIndex()
    {
        try
        {
            if (!DirectoryReader.IndexExists(_directory))
            {
                return null;
            }

            var status = new CheckIndex(_directory).DoCheckIndex();
            if (status.Clean)
            {
                return null;
            }

            return status.MissingSegments || status.CantOpenSegments
                ? "CheckIndex cannot read the segments file."
                : $"CheckIndex found {status.NumBadSegments} broken segment(s) holding {status.TotLoseDocCount} document(s).";
        }
        catch (Exception ex)
        {
            return $"CheckIndex failed ({ex.GetType().Name}: {ex.Message}).";
        }
    }
}
