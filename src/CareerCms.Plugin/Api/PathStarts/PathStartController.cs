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
public sealed class PathStartController(PathStartService service, VisitorIdentity visitors, IOptionsMonitor<PathStartOptions> options) : ControllerBase
{
    /// <summary>
    /// Counts the start once per visitor, path and UTC day and answers when the count is durable. The visitor is the
    /// site's signed visitor cookie, handed out on the first start (see <see cref="VisitorIdentity"/>).
    /// </summary>
    [HttpPost]
    [ProducesResponseType<PathStartResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> Start(Guid id, CancellationToken cancellationToken)
    {
        Visitor? visitor = null;
        var (status, response) = await service.StartAsync(id, day => (visitor = visitors.For(HttpContext, day)).Id, cancellationToken)
            .ConfigureAwait(false);
        if (visitor?.CookieToIssue is { } cookie)
        {
            Response.Cookies.Append(options.CurrentValue.VisitorCookieName, cookie, new CookieOptions
            {
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = false,
            });
        }

        return response is not null ? Ok(response) : CareerCmsProblems.PathStart(HttpContext, status);
    }
}
