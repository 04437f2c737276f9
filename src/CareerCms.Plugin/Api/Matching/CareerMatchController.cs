using CareerCms.Plugin.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Api.Matching;

/// <summary><c>POST /api/careers/match</c>: a visitor's skills in, careers ranked by readiness out.</summary>
[ApiController]
[Route("api/careers/match")]
[EnableRateLimiting(CareerMatchRateLimiting.PolicyName)]
public sealed class CareerMatchController(CareerMatchService service, IOptionsMonitor<CareerMatchOptions> options) : ControllerBase
{
    /// <summary>
    /// Scores the visitor's skills (aliases, names or synonyms with levels 0-7) against every published career
    /// and returns the best, each with its top gaps and the existing transition path whose background is most
    /// like the visitor.
    /// </summary>
    [HttpPost]
    [ProducesResponseType<CareerMatchResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> Match(CancellationToken cancellationToken)
    {
        // The body is read here, not model-bound, so the size limit holds on every server (Kestrel, IIS, TestServer).
        var maxBytes = options.CurrentValue.MaxRequestBytes;
        var (request, status) = await JsonBody.ReadAsync<CareerMatchRequest>(Request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return CareerCmsProblems.Body(HttpContext, status, maxBytes);
        }

        var result = service.Match(request);
        return result.Response is { } response ? Ok(response) : CareerCmsProblems.Match(HttpContext, result);
    }
}
