using CareerCms.Plugin.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerCms.Plugin.Notifications;

/// <summary>
/// At start: recounts every path, then re-indexes every published career and path in the background. The index
/// outlives the process, the counts it holds may not (a change journaled while this node was down, a start
/// counted just before a kill): one pass makes index and counts agree again without delaying start-up.
/// </summary>
internal sealed class CareerIndexStartupSync(
    PathCountSynchronizer pathCounts,
    ICareerContentReader content,
    IContentReindexer reindexer,
    ILogger<CareerIndexStartupSync> logger) : BackgroundService
{
    /// <summary>Items re-indexed per call.</summary>
    internal const int BatchSize = 200;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Yield first: hosted services start one after another, this one must not hold up the others.
            await Task.Yield();
            pathCounts.RecountAll();
            var keys = content.GetCareers().Select(c => c.Key).Concat(content.GetTransitionPaths().Select(p => p.Key)).ToList();
            foreach (var batch in keys.Chunk(BatchSize))
            {
                stoppingToken.ThrowIfCancellationRequested();
                await reindexer.ReindexAsync(batch, stoppingToken).ConfigureAwait(false);
            }

            logger.LogInformation("CareerCms re-indexed {Count} careers and paths at start", keys.Count);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            // Not fatal: the site serves the index as it was; the next change re-indexes what it touches.
            logger.LogError(ex, "CareerCms could not re-index careers and paths at start");
        }
    }
}
