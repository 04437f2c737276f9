using CareerCms.Plugin.Careers;
using CareerCms.Tests.Common.Careers;

namespace CareerCms.Plugin.Tests.Careers;

public sealed partial class SkillGapAnalyzerTests
{
    [Fact]
    public void Analyze_WhenNoGaps_EffortIsZero()
    {
        var analysis = _analyzer.Analyze(StarterCareers.MlopsEngineer, StarterCareers.MlopsEngineer, StarterSkills.Catalog);

        Assert.Equal(new EffortEstimate(0, 0, 0, 0), analysis.Effort);
    }

    [Fact]
    public void Analyze_WhenGapIsPartial_HoursArePerLevelGained()
    {
        // Kubernetes: 120 h from level 0 to 4, so 30 h a level; 2 to 5 is 3 levels.
        var target = new CareerProfileBuilder().Requires(StarterSkills.Kubernetes, 5, 5).Build();

        var gap = Assert.Single(_analyzer.Analyze(Visitor(("kubernetes", 2)), target, StarterSkills.Catalog).Gaps);

        Assert.Equal(90, gap.Hours);
    }

    [Fact]
    public void Analyze_WhenWeeklyHoursDouble_MonthsHalve()
    {
        var slow = AnalyzeIntoMlops(StarterCareers.SoftwareEngineer).Effort;
        var fast = SkillGapServices.Analyzer(o => o.WeeklyHours = 20)
            .Analyze(StarterCareers.SoftwareEngineer, StarterCareers.MlopsEngineer, StarterSkills.Catalog).Effort;

        Assert.Equal(slow.Months / 2, fast.Months, precision: 12);
        Assert.Equal((5, 8), (fast.MinMonths, fast.MaxMonths));
    }

    [Fact]
    public void Analyze_WhenMonthsFallOnAHalf_RoundsAwayFromZero()
    {
        // 43.3 h is exactly one month at 10 h/week; 2.5 months at factor 1 rounds up to 3, never to even 2.
        var catalog = new SkillCatalogBuilder().WithSkill("skill", 433).Build();
        var target = new CareerProfileBuilder().Requires("skill", 5, 1).Build();
        var analyzer = SkillGapServices.Analyzer(o => (o.EffortLowFactor, o.EffortHighFactor) = (1, 1));

        var effort = analyzer.Analyze(Visitor(), target, catalog).Effort;

        Assert.Equal(2.5, effort.Months, precision: 12);
        Assert.Equal((3, 3), (effort.MinMonths, effort.MaxMonths));
    }

    [Fact]
    public void Analyze_WhenGapIsTiny_RangeRoundsDownToZeroMonths()
    {
        // Git 20 h, one level: 5 h is 0.12 months, which rounds to 0; hours stay exact for callers that need them.
        var target = new CareerProfileBuilder().Requires(StarterSkills.Git, 3, 1).Build();

        var effort = _analyzer.Analyze(Visitor(), target, StarterSkills.Catalog).Effort;

        Assert.Equal((5.0, 0, 0), (effort.Hours, effort.MinMonths, effort.MaxMonths));
    }
}
