using System.Collections.Concurrent;
using CareerCms.Search.Indexing;
using CareerCms.Search.Registration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerCms.Search.Rebuilding;

/// <summary>
/// Wipes an index and refills it from its populators, reporting progress; one rebuild per index at a time.
/// </summary>
public sealed class IndexRebuilder
{
    /// <summary>Batches being written while the populator loads the next one (the machine's cores, at least two).</summary>
    private static readonly int WritesInFlight = Math.Max(2, Environment.ProcessorCount);

    private readonly IndexRegistry _registry;
    private readonly IReadOnlyList<IIndexPopulator> _populators;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, PopulationProgress> _running = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a rebuilder over the registry's indexes and the given populators.</summary>
    public IndexRebuilder(IndexRegistry registry, IEnumerable<IIndexPopulator> populators, ILogger<IndexRebuilder>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(populators);
        _registry = registry;
        _populators = populators.ToList();
        _logger = logger ?? NullLogger<IndexRebuilder>.Instance;
    }

    /// <summary>True if the index exists and at least one populator fills it.</summary>
    public bool CanRebuild(string indexName) =>
        _registry.TryGetIndex(indexName, out var index) && _populators.Any(populator => populator.IsRegistered(index));

    /// <summary>True while a rebuild of the index runs.</summary>
    public bool IsRebuilding(string indexName) => _running.ContainsKey(indexName);

    /// <summary>The progress of the running rebuild of the index, or null.</summary>
    public IndexRebuildProgress? GetProgress(string indexName) =>
        _running.TryGetValue(indexName, out var progress) ? progress.Snapshot() : null;

    /// <summary>
    /// Wipes the index, writes every batch its populators yield, commits, and waits until searches see the result.
    /// A second call for the same index while one runs returns <see cref="IndexRebuildStatus.AlreadyRebuilding"/>.
    /// </summary>
    public async Task<IndexRebuildResult> RebuildAsync(
        string indexName,
        IProgress<IndexRebuildProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (!_registry.TryGetIndex(indexName, out var index))
        {
            return new IndexRebuildResult(indexName, IndexRebuildStatus.UnknownIndex, Message: "No index has this name.");
        }

        var populators = _populators.Where(populator => populator.IsRegistered(index)).ToList();
        if (populators.Count == 0)
        {
            return new IndexRebuildResult(index.Name, IndexRebuildStatus.NoPopulator, Message: "No populator fills this index.");
        }

        var tracker = new PopulationProgress(index.Name, progress);
        if (!_running.TryAdd(index.Name, tracker))
        {
            return new IndexRebuildResult(index.Name, IndexRebuildStatus.AlreadyRebuilding, Message: "A rebuild is already running.");
        }

        index.MarkRebuilding(true);
        try
        {
            _logger.LogInformation("Rebuilding index {IndexName}.", index.Name);
            await index.WipeAsync().ConfigureAwait(false);
            index.SetBulkLoading(true);
            try
            {
                foreach (var populator in populators)
                {
                    await WriteAllAsync(index, populator, tracker, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                index.SetBulkLoading(false);
            }

            await index.CommitAsync().ConfigureAwait(false);
            await index.WaitForChangesAsync(cancellationToken).ConfigureAwait(false);
            var done = tracker.Snapshot().Done;
            _logger.LogInformation("Rebuilt index {IndexName} with {Count} items.", index.Name, done);
            return new IndexRebuildResult(index.Name, IndexRebuildStatus.Success, done);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new IndexRebuildResult(index.Name, IndexRebuildStatus.Cancelled, tracker.Snapshot().Done, "Cancelled.");
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Rebuilding index {IndexName} failed.", index.Name);
            return new IndexRebuildResult(index.Name, IndexRebuildStatus.Failed, tracker.Snapshot().Done, ex.Message);
        }
        finally
        {
            index.MarkRebuilding(false);
            _running.TryRemove(index.Name, out _);
        }
    }

    /// <summary>
    /// Writes one populator's batches, fetching the next batch while earlier ones are written (up to
    /// <see cref="WritesInFlight"/> at once: during a rebuild the index writes them on several threads).
    /// </summary>
    private static async Task WriteAllAsync(LuceneIndex index, IIndexPopulator populator, PopulationProgress tracker, CancellationToken cancellationToken)
    {
        var pending = new Queue<(Task Write, int Count)>();
        try
        {
            await foreach (var batch in populator.PopulateAsync(index, tracker, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (batch.Count == 0)
                {
                    continue;
                }

                pending.Enqueue((index.IndexItemsAsync(batch), batch.Count));
                while (pending.Count > WritesInFlight)
                {
                    var (write, count) = pending.Dequeue();
                    await write.ConfigureAwait(false);
                    tracker.AddDone(count);
                }
            }
        }
        catch when (pending.Count > 0)
        {
            // The populator failed with writes in flight: let them finish (their outcome no longer matters) and rethrow.
            await Task.WhenAll(pending.Select(p => p.Write)).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        while (pending.Count > 0)
        {
            var (write, count) = pending.Dequeue();
            await write.ConfigureAwait(false);
            tracker.AddDone(count);
        }
    }
}
