using System.Threading.RateLimiting;
using CareerCms.Plugin.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Api.PathStarts;

/// <summary>
/// The rate limit of the path-start endpoint: a fixed window per client IP address (<see cref="PathStartOptions"/>).
/// The host must call <c>app.UseRateLimiter()</c>; a host that registers its own policy under
/// <see cref="PolicyName"/> first keeps it.
/// </summary>
public sealed class PathStartRateLimiting(IOptionsMonitor<PathStartOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The named policy the endpoint uses.</summary>
    public const string PolicyName = "CareerCms.PathStarts";

    /// <inheritdoc />
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    /// <inheritdoc />
    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var settings = options.CurrentValue;
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PermitLimit,
            Window = settings.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await response.WriteAsJsonAsync(CareerCmsProblems.TooManyRequests(), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken)
            .ConfigureAwait(false);
    }
}
