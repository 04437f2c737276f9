using CareerCms.Plugin.Careers;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Tests.Careers;

/// <summary>Analyzers and planners with default settings, or defaults changed by a test.</summary>
internal static class SkillGapServices
{
    public static SkillGapAnalyzer Analyzer(Action<SkillGapOptions>? configure = null) => new(Options(configure));

    public static RoadmapPlanner Planner(Action<SkillGapOptions>? configure = null) => new(Options(configure));

    public static IOptions<SkillGapOptions> Options(Action<SkillGapOptions>? configure = null)
    {
        var options = new SkillGapOptions();
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }
}
