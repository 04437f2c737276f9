namespace CareerCms.Web.Corpus;

/// <summary>
/// The document type aliases and the schema keys of the starter uSync folder (<c>uSync/v17</c>) that corpus
/// values refer to. The corpus only uses these types; it never defines its own.
/// </summary>
public static class CorpusContentTypes
{
    /// <summary>The careers section root (no properties).</summary>
    public const string CareersRoot = "careersRoot";

    /// <summary>A target career.</summary>
    public const string Career = "career";

    /// <summary>A transition path into its parent career.</summary>
    public const string TransitionPath = "transitionPath";

    /// <summary>The skills section root (no properties).</summary>
    public const string SkillsRoot = "skillsRoot";

    /// <summary>A skill.</summary>
    public const string Skill = "skill";

    /// <summary>The <c>skillRequirement</c> element type's key (the block type of <c>requiredSkills</c>).</summary>
    public static readonly Guid SkillRequirementElementKey = Guid.Parse("8dfb6863-1e1a-426c-a35b-c5e14a87f8cd");

    /// <summary>The Industry dropdown data type's key; the corpus replaces its items with the corpus industries.</summary>
    public static readonly Guid IndustryDataTypeKey = Guid.Parse("6e4066c0-6663-4394-8ea6-a208ec452e3a");

    /// <summary>The Career Picker data type's key (its <c>startNodeId</c> is the careers root).</summary>
    public static readonly Guid CareerPickerDataTypeKey = Guid.Parse("6ab410bf-c6f5-4e86-bc23-5a139d470426");

    /// <summary>The Skill Picker data type's key (its <c>startNodeId</c> is the skills root).</summary>
    public static readonly Guid SkillPickerDataTypeKey = Guid.Parse("5fc20e09-fa9d-4865-8a70-f343cf5087c2");

    /// <summary>The starter content's careers root key (the corpus uses its own, see <see cref="CorpusKeys"/>).</summary>
    public static readonly Guid StarterCareersRootKey = Guid.Parse("65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98");

    /// <summary>The starter content's skills root key.</summary>
    public static readonly Guid StarterSkillsRootKey = Guid.Parse("51b25973-3d37-4139-9e30-c24e4719eb0d");

    /// <summary>The items of the Salary Currency dropdown; the corpus always uses USD.</summary>
    public const string Currency = "USD";

    /// <summary>The items of the Experience Level dropdown the corpus uses.</summary>
    public static readonly IReadOnlyList<string> ExperienceLevels = ["Entry", "Mid", "Mid-Senior", "Senior", "Lead"];

    /// <summary>The items of the Difficulty dropdown.</summary>
    public static readonly IReadOnlyList<string> Difficulties = ["Easy", "Moderate", "Hard"];

    /// <summary>The items of the Skill Category dropdown.</summary>
    public static readonly IReadOnlyList<string> SkillCategories = ["Knowledge", "Skill", "Tool"];
}
