using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CareerCms.Plugin.Api.Backoffice;

/// <summary><c>GET /umbraco/management/api/v1/career-cms/path-counts</c>: the path-count dashboard's data.</summary>
[ApiController]
[CareerCmsBackofficeApi]
[Route(CareerCmsManagementRoutes.Prefix + "/path-counts")]
public sealed class PathCountDashboardController(PathCountDashboardService service) : ControllerBase
{
    /// <summary>Totals, every published career's incoming (per difficulty) and outgoing paths, and every industry's counts.</summary>
    [HttpGet]
    [ProducesResponseType<PathCountDashboardModel>(StatusCodes.Status200OK)]
    public IActionResult Get() => Ok(service.Build());
}
