using CareerCms.Plugin.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CareerCms.Plugin.Api.Matching;

/// <summary>A skill a visitor can pick in the assessment.</summary>
public sealed record SkillOption(string Skill, string Name, string? Category, IReadOnlyList<string> Synonyms);

/// <summary><c>GET /api/careers/skills</c>: the published skills, for the frontend's assessment form.</summary>
[ApiController]
[Route("api/careers/skills")]
public sealed class CareerSkillsController(ICareerContentReader content) : ControllerBase
{
    /// <summary>Every published skill by name.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<SkillOption>>(StatusCodes.Status200OK)]
    public IActionResult Get() => Ok(content.GetSkills()
        .Select(s => new SkillOption(s.Info.Alias, s.Info.Name, s.Category, s.Synonyms))
        .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
        .ToList());
}
