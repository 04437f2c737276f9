using System.Globalization;
using System.Threading.RateLimiting;
using CareerCms.Plugin.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerCms.Plugin.Api.RateLimiting;

/// <summary>
/// A fixed window of requests per client IP address, answering a 429 ProblemDetails with <c>Retry-After</c> when the
/// window is full. Each public endpoint family names its own policy and limits; the host must call
/// <c>app.UseRateLimiter()</c>.
/// </summary>
public abstract class ClientWindowRateLimiting : IRateLimiterPolicy<string>
{
    /// <inheritdoc />
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    /// <summary>Requests one client may send per <see cref="Window"/>.</summary>
    protected abstract int PermitLimit { get; }

    /// <summary>The window.</summary>
    protected abstract TimeSpan Window { get; }

    /// <inheritdoc />
    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var permits = PermitLimit;
        var window = Window;
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
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
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await response.WriteAsJsonAsync(CareerCmsProblems.TooManyRequests(), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken)
            .ConfigureAwait(false);
    }
}
