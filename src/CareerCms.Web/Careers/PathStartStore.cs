using System.Collections.Concurrent;
using System.Threading.Channels;
using CareerCms.Plugin.Ports;
using CareerCms.Web.Persistence;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Careers;

/// <summary>
/// The durable <see cref="IPathStartStore"/>: group commit. A start is queued in a channel and its caller waits;
/// one writer takes everything queued (up to MaxBatchSize), inserts it in a single transaction and, after the
/// commit, answers every waiting caller at once. So writes are batched under load, and an acknowledged start is
/// already committed: a kill -9 loses nothing that was acknowledged, and there is nothing to replay at start (a
/// start whose caller saw no answer may be retried safely: the once-a-day key makes it idempotent). The cost
/// is one commit of latency per start, never a slower read: counts are served from memory, refreshed from the
/// database every CountRefreshInterval (other nodes' starts) and after each local commit. Observers (index
/// updates) hear about changed paths from a loop of their own, coalesced, so they never hold up the writer.
/// </summary>
public sealed partial class PathStartStore : IPathStartStore, IHostedService, IAsyncDisposable
{
    private readonly DatabaseScopeProvider _database;
    private readonly PathStartRepository _repository;
    private readonly IEnumerable<IPathStartCountsObserver> _observers;
    private readonly TimeProvider _time;
    private readonly PathStartStoreOptions _options;
    private readonly ILogger<PathStartStore> _logger;
    private readonly Channel<PendingStart> _queue;
    private readonly ConcurrentDictionary<Guid, long> _counts = new();
    private readonly SemaphoreSlim _countsGate = new(1, 1);
    private readonly Lock _lifecycle = new();
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _countsLoaded;
    private readonly HashSet<Guid> _changedPaths = [];
    private readonly SemaphoreSlim _changesSignal = new(0);
    private Task? _writeLoop;
    private Task? _refreshLoop;
    private Task? _notifyLoop;

    /// <summary>Creates the store; its writer starts with the host (or on the first start recorded).</summary>
    public PathStartStore(
        DatabaseScopeProvider database,
        PathStartRepository repository,
        IEnumerable<IPathStartCountsObserver> observers,
        TimeProvider time,
        IOptions<PathStartStoreOptions> options,
        ILogger<PathStartStore> logger)
    {
        _database = database;
        _repository = repository;
        _observers = observers;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _queue = Channel.CreateBounded<PendingStart>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <inheritdoc />
    public async Task<PathStartOutcome> RecordAsync(PathStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        EnsureRunning();
        var pending = new PendingStart(start);
        await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        return await pending.Outcome.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public long GetCount(Guid pathKey)
    {
        EnsureCountsLoaded();
        return _counts.GetValueOrDefault(pathKey);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<Guid, long> GetCounts()
    {
        EnsureCountsLoaded();
        return new Dictionary<Guid, long>(_counts);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureRunning();
        return Task.CompletedTask;
    }

    /// <summary>Stops taking starts and writes every queued one before returning (flush on shutdown).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        Task? writeLoop, refreshLoop, notifyLoop;
        lock (_lifecycle)
        {
            (writeLoop, refreshLoop, notifyLoop) = (_writeLoop, _refreshLoop, _notifyLoop);
        }

        try
        {
            if (writeLoop is not null)
            {
                await writeLoop.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (!_stopping.IsCancellationRequested)
            {
                await _stopping.CancelAsync().ConfigureAwait(false);
            }
        }

        foreach (var loop in new[] { refreshLoop, notifyLoop }.OfType<Task>())
        {
            await loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private void EnsureRunning()
    {
        lock (_lifecycle)
        {
            if (_writeLoop is null)
            {
                _writeLoop = Task.Run(WriteLoopAsync);
                _refreshLoop = Task.Run(RefreshLoopAsync);
                _notifyLoop = Task.Run(NotifyLoopAsync);
            }
        }
    }

    /// <summary>Loads the totals once, synchronously: the first read may come from an index rebuild at boot.</summary>
    private void EnsureCountsLoaded()
    {
        if (_countsLoaded)
        {
            return;
        }

        RefreshCountsAsync(notify: false, CancellationToken.None).GetAwaiter().GetResult();
    }

    private sealed record PendingStart(PathStart Start)
    {
        public TaskCompletionSource<PathStartOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
