namespace CareerCms.Web.Search.Indexing;

/// <summary>The careers domain's document type and property aliases the search reads (see the careers domain spec).</summary>
public static class CareerContentTypes
{
    public const string Career = "career";
    public const string TransitionPath = "transitionPath";
    public const string Skill = "skill";

    public const string Summary = "summary";
    public const string Description = "description";
    public const string SalaryMin = "salaryMin";
    public const string SalaryMax = "salaryMax";
    public const string ExperienceLevel = "experienceLevel";
    public const string Industry = "industry";
    public const string RequiredSkills = "requiredSkills";
    public const string Headline = "headline";
    public const string Narrative = "narrative";
    public const string Advice = "advice";
    public const string Difficulty = "difficulty";
    public const string Roadmap = "roadmap";
    public const string FromCareer = "fromCareer";
    public const string EngagementBaseline = "engagementBaseline";
    public const string Synonyms = "synonyms";

    /// <summary>True for the document types visitors search.</summary>
    public static bool IsSearchable(string contentTypeAlias) => contentTypeAlias is Career or TransitionPath;
}
