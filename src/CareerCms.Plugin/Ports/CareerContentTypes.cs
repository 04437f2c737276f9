namespace CareerCms.Plugin.Ports;

/// <summary>
/// The document type and property aliases the plugin reads. They are the content contract: Delivery API output,
/// uSync files and query options use the same names.
/// </summary>
public static class CareerContentTypes
{
    public const string CareersRoot = "careersRoot";
    public const string Career = "career";
    public const string TransitionPath = "transitionPath";
    public const string SkillsRoot = "skillsRoot";
    public const string Skill = "skill";

    /// <summary>Property aliases of <c>career</c>.</summary>
    public static class CareerProperties
    {
        public const string Industry = "industry";
        public const string ExperienceLevel = "experienceLevel";
        public const string SalaryMin = "salaryMin";
        public const string SalaryMax = "salaryMax";
        public const string GrowthRate = "growthRate";
        public const string JobZone = "jobZone";
        public const string RequiredSkills = "requiredSkills";
        public const string RelatedCareers = "relatedCareers";
    }

    /// <summary>Property aliases of the <c>skillRequirement</c> block.</summary>
    public static class RequirementProperties
    {
        public const string Skill = "skill";
        public const string Importance = "importance";
        public const string Level = "level";
    }

    /// <summary>Property aliases of <c>transitionPath</c>.</summary>
    public static class PathProperties
    {
        public const string FromCareer = "fromCareer";
        public const string Headline = "headline";
        public const string Difficulty = "difficulty";
        public const string DurationMinMonths = "durationMinMonths";
        public const string DurationMaxMonths = "durationMaxMonths";
        public const string SalaryChangeMinPercent = "salaryChangeMinPercent";
        public const string SalaryChangeMaxPercent = "salaryChangeMaxPercent";
        public const string EngagementBaseline = "engagementBaseline";
        public const string Roadmap = "roadmap";
    }

    /// <summary>Property aliases of the <c>roadmapPhase</c> block.</summary>
    public static class RoadmapPhaseProperties
    {
        public const string Title = "title";
        public const string Months = "months";
        public const string Skills = "skills";
    }

    /// <summary>Property aliases of <c>skill</c>.</summary>
    public static class SkillProperties
    {
        public const string Category = "category";
        public const string LearningHours = "learningHours";
        public const string Prerequisites = "prerequisites";
        public const string Synonyms = "synonyms";
    }
}
