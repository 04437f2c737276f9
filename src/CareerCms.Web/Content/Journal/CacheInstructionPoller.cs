using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Content.Journal;

/// <summary>Polls the journal for other nodes' instructions and prunes old ones (Umbraco's database messenger).</summary>
public sealed class CacheInstructionPoller(
    CacheInstructionProcessor processor,
    DatabaseScopeProvider scopeProvider,
    CacheInstructionRepository repository,
    IOptions<LoadBalancingOptions> options,
    ILogger<CacheInstructionPoller> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastPrune = DateTime.MinValue;
        using var timer = new PeriodicTimer(options.Value.TimeBetweenSyncOperations);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await processor.ProcessPendingAsync(stoppingToken).ConfigureAwait(false);
                if (DateTime.UtcNow - lastPrune > TimeSpan.FromMinutes(1))
                {
                    lastPrune = DateTime.UtcNow;
                    await using var connection = await scopeProvider.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
                    await repository.PruneAsync(connection, DateTime.UtcNow - options.Value.TimeToRetainInstructions).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Processing cache instructions failed; retrying on the next tick");
            }
        }
    }
}
