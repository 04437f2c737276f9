using CareerCms.Plugin.Api.Matching;
using CareerCms.Plugin.Api.PathStarts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCms.Plugin.Api.Problems;

/// <summary>The one place that turns the plugin's refusals into RFC 7807 ProblemDetails (title, detail, status).</summary>
public static class CareerCmsProblems
{
    /// <summary>A refused match request.</summary>
    public static ObjectResult Match(HttpContext context, CareerMatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            CareerMatchStatus.EmptyProfile => Create(context, 400, "Empty profile", "Name at least one skill with a level above 0."),
            CareerMatchStatus.TooManySkills => Create(context, 400, "Too many skills", "The profile lists more skills than a request may."),
            CareerMatchStatus.MissingSkill => Create(
                context, 400, "Missing skill", "Every entry of 'skills' must be an object with a 'skill' name and a 'level'.", result.Offending),
            CareerMatchStatus.UnknownSkill => Create(
                context, 400, "Unknown skill", "No published skill has these aliases, names or synonyms.", result.Offending),
            CareerMatchStatus.LevelOutOfRange => Create(
                context, 400, "Skill level out of range", "Every skill needs a whole-number level from 0 to 7.", result.Offending),
            CareerMatchStatus.TakeOutOfRange => Create(context, 400, "Take out of range", "'take' must be at least 1 and at most the configured maximum."),
            _ => Create(context, 500, "Unknown match status", null),
        };
    }

    /// <summary>A body that could not be read.</summary>
    public static ObjectResult Body(HttpContext context, JsonBodyStatus status, int maxBytes) => status switch
    {
        JsonBodyStatus.TooLarge => Create(context, 413, "Request body too large", $"The body may be at most {maxBytes} bytes."),
        JsonBodyStatus.WrongContentType => Create(context, 415, "Unsupported media type", "Send the body as application/json."),
        _ => Create(context, 400, "Invalid request body", "The body must be a JSON object such as {\"skills\":[{\"skill\":\"python\",\"level\":4}]}."),
    };

    /// <summary>A refused path start.</summary>
    public static ObjectResult PathStart(HttpContext context, PathStartStatus status) => status switch
    {
        PathStartStatus.PathNotFound => Create(context, 404, "Transition path not found", "No published transition path has this id."),
        _ => Create(context, 500, "Unknown path start status", null),
    };

    /// <summary>A backoffice item that does not exist (or is not published).</summary>
    public static ObjectResult NotFound(HttpContext context, string title, string detail) => Create(context, 404, title, detail);

    /// <summary>Too many requests from one client (the rate limiter's answer).</summary>
    public static ProblemDetails TooManyRequests() => new()
    {
        Status = StatusCodes.Status429TooManyRequests,
        Title = "Too many requests",
        Detail = "Slow down: this client started too many paths in a short time.",
    };

    private static ObjectResult Create(HttpContext context, int status, string title, string? detail, IReadOnlyList<string>? skills = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var factory = context.RequestServices.GetService<ProblemDetailsFactory>();
        var problem = factory?.CreateProblemDetails(context, status, title, detail: detail)
            ?? new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (skills is { Count: > 0 })
        {
            problem.Extensions["skills"] = skills;
        }

        return new ObjectResult(problem) { StatusCode = status };
    }
}
