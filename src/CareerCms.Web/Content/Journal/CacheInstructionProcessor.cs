using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Content.Journal;

/// <summary>
/// Replays journal instructions this node has not processed yet, in order, through the refreshers; remembers the
/// last processed id per node in umbracoLastSynced. A node too far behind (or new) cold-boots instead.
/// </summary>
public sealed class CacheInstructionProcessor
{
    private readonly DatabaseScopeProvider _scopeProvider;
    private readonly CacheInstructionRepository _repository;
    private readonly IReadOnlyDictionary<string, ICacheInstructionRefresher> _refreshers;
    private readonly LoadBalancingOptions _options;
    private readonly ILogger<CacheInstructionProcessor> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _lastProcessedId = -1;

    /// <summary>Creates the processor.</summary>
    public CacheInstructionProcessor(
        DatabaseScopeProvider scopeProvider,
        CacheInstructionRepository repository,
        IEnumerable<ICacheInstructionRefresher> refreshers,
        IOptions<LoadBalancingOptions> options,
        IHostEnvironment environment,
        ILogger<CacheInstructionProcessor> logger)
    {
        _scopeProvider = scopeProvider;
        _repository = repository;
        _refreshers = refreshers.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _options = options.Value;
        _logger = logger;
        NodeId = string.IsNullOrWhiteSpace(_options.NodeId)
            ? $"{Environment.MachineName}:{environment.ContentRootPath}"
            : _options.NodeId;
    }

    /// <summary>This node's identity in the journal.</summary>
    public string NodeId { get; }

    /// <summary>
    /// At start: a node seen before replays what it missed (or cold-boots when too far behind); a new node
    /// cold-boots and starts after the newest instruction.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await _scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var maxId = await _repository.GetMaxIdAsync(connection).ConfigureAwait(false);
            var lastSynced = await _repository.GetLastSyncedAsync(connection, NodeId).ConfigureAwait(false);
            if (lastSynced is null || maxId - lastSynced.Value > _options.MaxProcessingInstructionCount)
            {
                _logger.LogInformation("Cold boot of node {NodeId}: rebuilding caches", NodeId);
                foreach (var refresher in _refreshers.Values)
                {
                    await refresher.RefreshAllAsync(coldBoot: true, cancellationToken).ConfigureAwait(false);
                }

                _lastProcessedId = maxId;
                await _repository.SetLastSyncedAsync(connection, NodeId, maxId).ConfigureAwait(false);
                return;
            }

            foreach (var refresher in _refreshers.Values)
            {
                await refresher.RefreshAllAsync(coldBoot: false, cancellationToken).ConfigureAwait(false);
            }

            // Indexes commit their writes a moment after applying them. A process killed in that moment has recorded
            // instructions as synced that its indexes never made durable, so replay the last moments before the
            // recorded sync: replays are idempotent (every refresher reloads from the database).
            var lastSyncedDate = await _repository.GetLastSyncedDateAsync(connection, NodeId).ConfigureAwait(false) ?? DateTime.UtcNow;
            var replayFrom = await _repository.GetIdBeforeAsync(connection, lastSyncedDate - _options.ReplayWindow).ConfigureAwait(false);
            _lastProcessedId = Math.Min(lastSynced.Value, replayFrom);
        }
        finally
        {
            _gate.Release();
        }

        await ProcessPendingAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies every instruction after the last processed one.</summary>
    public async Task ProcessPendingAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_lastProcessedId < 0)
            {
                return;
            }

            await using var connection = await _scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var batch = await _repository.GetAfterAsync(connection, _lastProcessedId, 200).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var (id, json, _) in batch)
                {
                    await ApplyAsync(json, cancellationToken).ConfigureAwait(false);
                    _lastProcessedId = id;
                }

                await _repository.SetLastSyncedAsync(connection, NodeId, _lastProcessedId).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ApplyAsync(string json, CancellationToken cancellationToken)
    {
        var instruction = CacheInstruction.FromJson(json);
        if (_refreshers.TryGetValue(instruction.Refresher, out var refresher))
        {
            await refresher.RefreshAsync(instruction, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            _logger.LogWarning("No refresher named {Refresher}; instruction skipped", instruction.Refresher);
        }
    }
}
