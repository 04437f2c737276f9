using CareerCms.Plugin.Careers;
using CareerCms.Tests.Common.Careers;

namespace CareerCms.Plugin.Tests.Careers;

public sealed partial class SkillGapAnalyzerTests
{
    [Theory]
    [InlineData(4, 4, 4, TransitionDifficulty.Easy)] // readiness 100, same job zone
    [InlineData(4, 3, 4, TransitionDifficulty.Moderate)] // readiness 100, job zone +1
    [InlineData(4, 2, 4, TransitionDifficulty.Hard)] // readiness 100, job zone +2
    [InlineData(3, 4, 5, TransitionDifficulty.Moderate)] // readiness 75, job zone +1
    [InlineData(3, 4, 3, TransitionDifficulty.Easy)] // readiness 75 exactly (inclusive), job zone down
    [InlineData(2, 4, 4, TransitionDifficulty.Moderate)] // readiness 50 exactly
    [InlineData(1, 4, 4, TransitionDifficulty.Hard)] // readiness 25
    [InlineData(4, null, 5, TransitionDifficulty.Easy)] // unknown job zone: no rise
    public void Analyze_WhenReadinessAndJobZoneVary_SuggestsDifficultyPerSpec(
        int level,
        int? fromJobZone,
        int? toJobZone,
        TransitionDifficulty expected)
    {
        var background = new CareerProfileBuilder().Requires("python", 5, level).WithJobZone(fromJobZone).Build();
        var target = new CareerProfileBuilder().Requires("python", 5, 4).WithJobZone(toJobZone).Build();

        var analysis = _analyzer.Analyze(background, target, StarterSkills.Catalog);

        Assert.Equal(expected, analysis.SuggestedDifficulty);
    }

    [Fact]
    public void Analyze_WhenReadinessIs75AndSameJobZone_IsEasy()
    {
        var background = new CareerProfileBuilder().Requires("python", 5, 3).WithJobZone(4).Build();
        var target = new CareerProfileBuilder().Requires("python", 5, 4).WithJobZone(4).Build();

        var analysis = _analyzer.Analyze(background, target, StarterSkills.Catalog);

        Assert.Equal((75.0, TransitionDifficulty.Easy), (analysis.Readiness, analysis.SuggestedDifficulty));
    }

    [Fact]
    public void Analyze_WhenThresholdsAreConfigured_UsesThem()
    {
        var analyzer = SkillGapServices.Analyzer(o => (o.EasyReadinessThreshold, o.HardReadinessThreshold) = (50, 20));

        var analysis = analyzer.Analyze(StarterCareers.SoftwareEngineer, StarterCareers.MlopsEngineer, StarterSkills.Catalog);

        Assert.Equal(TransitionDifficulty.Easy, analysis.SuggestedDifficulty);
    }
}
