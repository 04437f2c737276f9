using CareerCms.Plugin.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Api.PathStarts;

/// <summary><c>POST /api/careers/paths/{id}/start</c>: a visitor starts a transition path (anonymous, rate-limited).</summary>
[ApiController]
[Route("api/careers/paths/{id:guid}/start")]
[EnableRateLimiting(PathStartRateLimiting.PolicyName)]
public sealed class PathStartController(PathStartService service, IOptionsMonitor<PathStartOptions> options) : ControllerBase
{
    /// <summary>
    /// Counts the start once per visitor, path and UTC day and answers when the count is durable. The visitor is
    /// the visitor cookie when sent, else the client IP and User-Agent, hashed with the day.
    /// </summary>
    [HttpPost]
    [ProducesResponseType<PathStartResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> Start(Guid id, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var (status, response) = await service.StartAsync(id, day => VisitorIdentity.For(HttpContext, day, settings), cancellationToken)
            .ConfigureAwait(false);
        return response is not null ? Ok(response) : CareerCmsProblems.PathStart(HttpContext, status);
    }
}
