namespace CareerCms.Plugin.Careers;

/// <summary>
/// Settings of the skill-gap analysis and roadmap planning, bound from <see cref="SectionName"/> and checked by
/// <see cref="SkillGapOptionsValidator"/>.
/// </summary>
public sealed class SkillGapOptions
{
    /// <summary>The configuration section: <c>CareerCms:SkillGap</c>.</summary>
    public const string SectionName = "CareerCms:SkillGap";

    /// <summary>Hours a learner studies per week. Default 10; more than 0 and at most 80.</summary>
    public double WeeklyHours { get; set; } = 10;

    /// <summary>Readiness from which a transition within the same job zone is Easy. Default 75.</summary>
    public double EasyReadinessThreshold { get; set; } = 75;

    /// <summary>Readiness below which a transition is Hard. Default 50; below the easy threshold.</summary>
    public double HardReadinessThreshold { get; set; } = 50;

    /// <summary>Job-zone rise from which a transition is Hard whatever the readiness. Default 2; 1 to 4.</summary>
    public int HardJobZoneRise { get; set; } = 2;

    /// <summary>Factor for the low end of the effort range. Default 0.8; more than 0 and at most 1.</summary>
    public double EffortLowFactor { get; set; } = 0.8;

    /// <summary>Factor for the high end of the effort range. Default 1.2; at least 1 and at most 10.</summary>
    public double EffortHighFactor { get; set; } = 1.2;

    /// <summary>Lowest salary change suggested, in percent. Default -50; -100 to 0.</summary>
    public int SalaryChangeClampMin { get; set; } = -50;

    /// <summary>Highest salary change suggested, in percent. Default 200; above 0.</summary>
    public int SalaryChangeClampMax { get; set; } = 200;

    /// <summary>Longest roadmap phase in months (a single longer skill gets a phase of its own). Default 3; 1 to 24.</summary>
    public int RoadmapPhaseMaxMonths { get; set; } = 3;
}
