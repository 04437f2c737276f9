using CareerCms.Plugin.Api.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Api.Matching;

/// <summary>
/// The rate limit of match-my-skills: a fixed window per client IP address (<see cref="CareerMatchOptions"/>). A
/// host that registers its own policy under <see cref="PolicyName"/> first keeps it.
/// </summary>
public sealed class CareerMatchRateLimiting(IOptionsMonitor<CareerMatchOptions> options) : ClientWindowRateLimiting
{
    /// <summary>The named policy the endpoint uses.</summary>
    public const string PolicyName = "CareerCms.Match";

    /// <inheritdoc />
    protected override int PermitLimit => options.CurrentValue.PermitLimit;

    /// <inheritdoc />
    protected override TimeSpan Window => options.CurrentValue.Window;
}
