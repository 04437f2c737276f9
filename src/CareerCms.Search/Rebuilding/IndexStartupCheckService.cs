using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerCms.Search.Rebuilding;

/// <summary>Runs <see cref="IndexStartupCheck"/> in the background after the host starts, when switched on.</summary>
internal sealed class IndexStartupCheckService(
    IndexStartupCheck check,
    IOptions<IndexStartupOptions> options,
    ILogger<IndexStartupCheckService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RebuildOnStartup)
        {
            return;
        }

        try
        {
            if (options.Value.Delay > TimeSpan.Zero)
            {
                await Task.Delay(options.Value.Delay, stoppingToken).ConfigureAwait(false);
            }

            await check.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception ex)
        {
            // A failed check must not stop the site; searches report the index's health instead.
            logger.LogError(ex, "The startup index check failed.");
        }
    }
}
