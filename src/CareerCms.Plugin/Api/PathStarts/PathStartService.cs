using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.Api.PathStarts;

/// <summary>How a path start ended.</summary>
public enum PathStartStatus
{
    Counted,
    AlreadyCounted,
    PathNotFound,
}

/// <summary>The answer to a path start.</summary>
/// <param name="PathId">The path's key.</param>
/// <param name="Counted">True when this start counted; false when the visitor already started the path today.</param>
/// <param name="Engagement">The path's engagement now: its baseline plus the counted starts.</param>
public sealed record PathStartResponse(Guid PathId, bool Counted, long Engagement);

/// <summary>Counts a visitor starting a published transition path, once per visitor, path and day.</summary>
public sealed class PathStartService(ICareerContentReader content, IPathStartStore starts, TimeProvider time)
{
    /// <summary>Records the start; returns when it is durable.</summary>
    public async Task<(PathStartStatus Status, PathStartResponse? Response)> StartAsync(
        Guid pathKey, Func<DateOnly, string> visitorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visitorId);
        if (content.GetTransitionPath(pathKey) is not { } path)
        {
            return (PathStartStatus.PathNotFound, null);
        }

        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var outcome = await starts.RecordAsync(new PathStart(pathKey, visitorId(day), day), cancellationToken).ConfigureAwait(false);
        var counted = outcome == PathStartOutcome.Counted;
        return (
            counted ? PathStartStatus.Counted : PathStartStatus.AlreadyCounted,
            new PathStartResponse(pathKey, counted, path.EngagementBaseline + starts.GetCount(pathKey)));
    }
}
