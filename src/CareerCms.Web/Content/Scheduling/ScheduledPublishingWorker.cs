using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace CareerCms.Web.Content.Scheduling;

/// <summary>
/// The scheduled publishing job (Umbraco's ScheduledPublishingJob): runs the due schedules at start (so schedules
/// missed while the site was down run now) and then every <see cref="ScheduledPublishingSettings.Period"/>, aligned
/// to the clock when <see cref="ScheduledPublishingSettings.AlignToClock"/> is set.
/// </summary>
internal sealed class ScheduledPublishingWorker(
    ScheduledPublishingRunner runner,
    IOptionsMonitor<ScheduledPublishingSettings> settings,
    IOptionsMonitor<ScheduledPublishingOptions> options,
    TimeProvider clock,
    ILogger<ScheduledPublishingWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (options.CurrentValue.Enabled)
                {
                    await runner.RunDueAsync(stoppingToken).ConfigureAwait(false);
                }

                await Task.Delay(NextDelay(settings.CurrentValue, clock.GetUtcNow()), clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The job must outlive a database hiccup; the next period retries.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Scheduled publishing failed; retrying in {Period}", settings.CurrentValue.Period);
                await Task.Delay(settings.CurrentValue.Period, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The wait until the next run: one period, or up to the next multiple of it when aligned to the clock.</summary>
    internal static TimeSpan NextDelay(ScheduledPublishingSettings settings, DateTimeOffset now)
    {
        var period = settings.Period;
        if (!settings.AlignToClock)
        {
            return period;
        }

        var remainder = now.UtcTicks % period.Ticks;
        return TimeSpan.FromTicks(period.Ticks - remainder);
    }
}
