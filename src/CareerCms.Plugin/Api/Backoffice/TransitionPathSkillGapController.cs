using CareerCms.Plugin.Api.Analysis;
using CareerCms.Plugin.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CareerCms.Plugin.Api.Backoffice;

/// <summary>
/// <c>GET /umbraco/management/api/v1/career-cms/transition-paths/{id}/skill-gap</c>: the skill-gap view of a
/// transition path in the backoffice.
/// </summary>
[ApiController]
[CareerCmsBackofficeApi]
[Route(CareerCmsManagementRoutes.Prefix + "/transition-paths/{id:guid}/skill-gap")]
public sealed class TransitionPathSkillGapController(TransitionPathAnalysisService service) : ControllerBase
{
    /// <summary>The published path's analysis, with the editor's values beside the suggestions.</summary>
    [HttpGet]
    [ProducesResponseType<TransitionPathAnalysisModel>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public IActionResult Get(Guid id)
    {
        var (status, analysis) = service.Analyze(id);
        return status switch
        {
            TransitionPathAnalysisStatus.Success => Ok(analysis),
            TransitionPathAnalysisStatus.FromCareerNotFound => CareerCmsProblems.NotFound(
                HttpContext, "Background career not published", "Pick a published career in 'From career' and publish the path to see its analysis."),
            _ => CareerCmsProblems.NotFound(HttpContext, "Transition path not published", "Publish the path to see its skill-gap analysis."),
        };
    }
}
