namespace CareerCms.Plugin.Api.Matching;

/// <summary>The body of <c>POST /api/careers/match</c>.</summary>
public sealed class CareerMatchRequest
{
    /// <summary>The visitor's skills: each an alias, name or synonym with a level 0-7.</summary>
    public IReadOnlyList<VisitorSkillLevel>? Skills { get; init; }

    /// <summary>How many careers to return (default and maximum from settings).</summary>
    public int? Take { get; init; }
}

/// <summary>One skill of a visitor's profile.</summary>
public sealed class VisitorSkillLevel
{
    /// <summary>The skill's alias (e.g. <c>kubernetes</c>), name (<c>Kubernetes</c>) or synonym (<c>k8s</c>).</summary>
    public string? Skill { get; init; }

    /// <summary>The visitor's level, 0 (none) to 7 (expert), on O*NET's scale.</summary>
    public int? Level { get; init; }
}

/// <summary>The answer: careers ranked by readiness, best first.</summary>
/// <param name="Items">The ranked careers.</param>
/// <param name="Total">How many careers were scored.</param>
public sealed record CareerMatchResponse(IReadOnlyList<CareerMatchItem> Items, int Total);

/// <summary>One ranked career.</summary>
/// <param name="Career">The career.</param>
/// <param name="Readiness">Weighted coverage of the career's skills, 0-100, one decimal.</param>
/// <param name="TopGaps">The largest gaps, largest first.</param>
/// <param name="BestPath">The existing path whose background is most like the visitor, or null when the career has none.</param>
public sealed record CareerMatchItem(CareerSummary Career, double Readiness, IReadOnlyList<SkillGapModel> TopGaps, MatchedPath? BestPath);

/// <summary>A career in short.</summary>
public sealed record CareerSummary(Guid Id, string Name, string? Industry, string? ExperienceLevel, int? SalaryMin, int? SalaryMax);

/// <summary>A skill to learn.</summary>
/// <param name="Skill">The skill's alias.</param>
/// <param name="Name">The skill's name.</param>
/// <param name="Importance">How much the career needs it (2-5).</param>
/// <param name="CurrentLevel">The level the learner has.</param>
/// <param name="RequiredLevel">The level the career requires.</param>
/// <param name="LevelsToGain">Required minus current.</param>
/// <param name="Hours">Learning hours to close the gap.</param>
public sealed record SkillGapModel(string Skill, string Name, int Importance, int CurrentLevel, int RequiredLevel, int LevelsToGain, double Hours);

/// <summary>An existing transition path suggested for a visitor.</summary>
/// <param name="Id">The path's key.</param>
/// <param name="Name">The path's name.</param>
/// <param name="FromCareer">The background career, or null.</param>
/// <param name="Difficulty">The editor's difficulty, or null.</param>
/// <param name="BackgroundReadiness">How much of the background career's skills the visitor has (0-100), or null.</param>
public sealed record MatchedPath(Guid Id, string Name, CareerReference? FromCareer, string? Difficulty, double? BackgroundReadiness);

/// <summary>A career by key and name.</summary>
public sealed record CareerReference(Guid Id, string Name);
