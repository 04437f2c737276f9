namespace CareerCms.Plugin.Careers;

/// <summary>A published career as the plugin reads it: the analysis profile plus the facts pages and queries show.</summary>
/// <param name="Key">The career document's key.</param>
/// <param name="Name">The career's name, e.g. "MLOps Engineer".</param>
/// <param name="Industry">The industry dropdown value, or null.</param>
/// <param name="ExperienceLevel">The experience level dropdown value (Entry, Mid, Mid-Senior, Senior, Lead), or null.</param>
/// <param name="SalaryMin">Lowest yearly salary, or null.</param>
/// <param name="SalaryMax">Highest yearly salary, or null.</param>
/// <param name="GrowthRate">Growth in percent, or null.</param>
/// <param name="JobZone">O*NET job zone 1-5, or null.</param>
/// <param name="RequiredSkills">The required skills whose skill is published, in block order.</param>
/// <param name="RelatedCareerKeys">Keys picked in <c>relatedCareers</c>, in picker order (published or not).</param>
public sealed record CareerDetails(
    Guid Key,
    string Name,
    string? Industry,
    string? ExperienceLevel,
    int? SalaryMin,
    int? SalaryMax,
    int? GrowthRate,
    int? JobZone,
    IReadOnlyList<SkillRequirement> RequiredSkills,
    IReadOnlyList<Guid> RelatedCareerKeys)
{
    /// <summary>The career as the skill-gap analysis sees it.</summary>
    public CareerProfile ToProfile() => new(Key, Name, RequiredSkills, SalaryMin, SalaryMax, JobZone);

    /// <summary>The career as path counting sees it.</summary>
    public PublishedCareer ToPublishedCareer() => new(Key, Industry);
}
