using CareerCms.Plugin.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerCms.Plugin.Notifications;

/// <summary>
/// At start: recounts every path, then re-indexes, in the background, the published careers and paths whose indexed
/// <c>pathCount</c>, <c>outgoingPathCount</c> or <c>engagement</c> differ from the current values. The index outlives
/// the process and the values it holds may be stale (a kill between a count change and its re-index, starts counted
/// by another node): comparing costs two index queries, so a warm restart whose index is right re-indexes nothing.
/// With an index that cannot be read (<see cref="ICareerIndexInspector"/>), everything is re-indexed.
/// </summary>
internal sealed class CareerIndexStartupSync(
    PathCountSynchronizer pathCounts,
    ICareerContentReader content,
    IPathStartStore starts,
    ICareerIndexInspector index,
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
            var (stale, total) = await StaleAsync(stoppingToken).ConfigureAwait(false);
            foreach (var batch in stale.Chunk(BatchSize))
            {
                stoppingToken.ThrowIfCancellationRequested();
                await reindexer.ReindexAsync(batch, stoppingToken).ConfigureAwait(false);
            }

            logger.LogInformation("CareerCms re-indexed {Stale} of {Count} careers and paths at start", stale.Count, total);
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

    /// <summary>The careers and paths whose indexed computed values are not the current ones, and how many were checked.</summary>
    private async Task<(List<Guid> Stale, int Total)> StaleAsync(CancellationToken cancellationToken)
    {
        var careers = content.GetCareers();
        var paths = content.GetTransitionPaths();
        var total = careers.Count + paths.Count;
        var indexed = await index.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (indexed is null)
        {
            return ([.. careers.Select(c => c.Key).Concat(paths.Select(p => p.Key))], total);
        }

        var counts = pathCounts.Counts;
        var stale = new List<Guid>();
        foreach (var career in careers)
        {
            var current = counts.ForCareer(career.Key) ?? default;
            if (!indexed.TryGetValue(career.Key, out var held) || held.PathCount != current.IncomingTotal || held.OutgoingPathCount != current.Outgoing)
            {
                stale.Add(career.Key);
            }
        }

        foreach (var path in paths)
        {
            var engagement = (int)Math.Min(int.MaxValue, Math.Max(0, path.EngagementBaseline) + starts.GetCount(path.Key));
            if (!indexed.TryGetValue(path.Key, out var held) || held.Engagement != engagement)
            {
                stale.Add(path.Key);
            }
        }

        // Unpublished (preview) items in the index: their draft values are not read here, so they are re-indexed.
        var published = careers.Select(c => c.Key).Concat(paths.Select(p => p.Key)).ToHashSet();
        stale.AddRange(indexed.Keys.Where(key => !published.Contains(key)));
        return (stale, total);
    }
}
