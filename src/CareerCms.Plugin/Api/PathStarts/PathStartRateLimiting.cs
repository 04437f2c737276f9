using CareerCms.Plugin.Api.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Api.PathStarts;

/// <summary>
/// The rate limit of the path-start endpoint: a fixed window per client IP address (<see cref="PathStartOptions"/>).
/// A host that registers its own policy under <see cref="PolicyName"/> first keeps it.
/// </summary>
public sealed class PathStartRateLimiting(IOptionsMonitor<PathStartOptions> options) : ClientWindowRateLimiting
{
    /// <summary>The named policy the endpoint uses.</summary>
    public const string PolicyName = "CareerCms.PathStarts";

    /// <inheritdoc />
    protected override int PermitLimit => options.CurrentValue.PermitLimit;

    /// <inheritdoc />
    protected override TimeSpan Window => options.CurrentValue.Window;
}
