namespace CareerCms.Plugin.DeliveryApi;

/// <summary>
/// The fields the plugin adds to DeliveryApiContentIndex, and the built-in fields its selectors query.
/// Keyword fields hold the exact stored value (case-sensitive, as Umbraco's <c>contentType</c>); number fields
/// are integers (filters take whole numbers).
/// </summary>
public static class CareerIndexFields
{
    // Keyword (StringRaw) fields.
    public const string Industry = "industry";
    public const string ExperienceLevel = "experienceLevel";
    public const string Difficulty = "difficulty";

    /// <summary>The picked background career's key ("D" format).</summary>
    public const string FromCareer = "fromCareer";

    // Number fields of careers.
    public const string SalaryMin = "salaryMin";
    public const string SalaryMax = "salaryMax";
    public const string GrowthRate = "growthRate";
    public const string JobZone = "jobZone";

    /// <summary>Published paths leading to the career.</summary>
    public const string PathCount = "pathCount";

    /// <summary>Counted paths starting from the career.</summary>
    public const string OutgoingPathCount = "outgoingPathCount";

    // Number fields of transition paths.
    public const string DurationMinMonths = "durationMinMonths";

    /// <summary>The path's engagement: its editor-set baseline plus the starts the site counted.</summary>
    public const string Engagement = "engagement";

    /// <summary>Umbraco's built-in field holding an item's own key (the <c>ancestors:</c> selector's field).</summary>
    public const string ItemId = "itemId";

    /// <summary>Umbraco's built-in field holding the parent's key (the <c>children:</c> selector's field).</summary>
    public const string ParentId = "parentId";
}
