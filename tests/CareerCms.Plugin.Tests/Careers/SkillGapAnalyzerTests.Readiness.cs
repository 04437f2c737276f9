using CareerCms.Plugin.Careers;
using CareerCms.Tests.Common.Careers;

namespace CareerCms.Plugin.Tests.Careers;

public sealed partial class SkillGapAnalyzerTests
{
    [Fact]
    public void Analyze_WhenRequirementHasImportance1_IgnoresIt()
    {
        var target = new CareerProfileBuilder().Requires("python", 2, 4).Requires("docker", 1, 7).Build();

        var analysis = _analyzer.Analyze(Visitor(("python", 4)), target, StarterSkills.Catalog);

        Assert.Equal(100, analysis.Readiness);
        Assert.Empty(analysis.Gaps);
        Assert.Equal(["python"], analysis.TransferableSkills.Select(skill => skill.SkillAlias));
    }

    [Fact]
    public void Analyze_WhenTargetRequiresNothingThatCounts_ReadinessIs100()
    {
        var target = new CareerProfileBuilder().Requires("python", 1, 5).Build();

        var analysis = _analyzer.Analyze(Visitor(), target, StarterSkills.Catalog);

        Assert.Equal(100, analysis.Readiness);
        Assert.Equal(TransitionDifficulty.Easy, analysis.SuggestedDifficulty);
    }

    [Fact]
    public void Analyze_WhenRequiredLevelIs0_SkillIsTransferableForAnyone()
    {
        var target = new CareerProfileBuilder().Requires("python", 5, 0).Build();

        var analysis = _analyzer.Analyze(Visitor(), target, StarterSkills.Catalog);

        Assert.Equal(100, analysis.Readiness);
        Assert.Single(analysis.TransferableSkills);
    }

    [Fact]
    public void Analyze_WhenBackgroundExceedsRequiredLevel_CoverageCapsAt1()
    {
        var target = new CareerProfileBuilder().Requires("python", 5, 2).Requires("docker", 5, 4).Build();

        var analysis = _analyzer.Analyze(Visitor(("python", 7), ("docker", 2)), target, StarterSkills.Catalog);

        Assert.Equal(75, analysis.Readiness);
    }

    [Fact]
    public void Analyze_WhenVisitorHasNoSkills_ReadinessIs0AndSalaryChangeIsNull()
    {
        var analysis = _analyzer.Analyze(Visitor(), StarterCareers.MlopsEngineer, StarterSkills.Catalog);

        Assert.Equal(0, analysis.Readiness);
        Assert.Equal(12, analysis.Gaps.Count);
        Assert.Null(analysis.SuggestedSalaryChange);
        Assert.Equal(0, analysis.JobZoneRise);
    }

    [Fact]
    public void Analyze_WhenVisitorHasSoftwareEngineerLevels_MatchesTheCareerAnalysis()
    {
        var levels = StarterCareers.SoftwareEngineer.RequiredSkills.ToDictionary(r => r.SkillAlias, r => r.Level);

        var visitor = _analyzer.Analyze(SkillBackground.ForVisitor(levels), StarterCareers.MlopsEngineer, StarterSkills.Catalog);
        var career = AnalyzeIntoMlops(StarterCareers.SoftwareEngineer);

        Assert.Equal(career.Readiness, visitor.Readiness);
        Assert.Equal(career.Gaps, visitor.Gaps);
    }

    [Fact]
    public void Analyze_WhenRequirementsAreShuffled_ResultIsIdentical()
    {
        var target = StarterCareers.MlopsEngineer;
        var reversed = target with { RequiredSkills = [.. target.RequiredSkills.Reverse()] };

        var original = AnalyzeIntoMlops(StarterCareers.FrontendDeveloper);
        var shuffled = _analyzer.Analyze(StarterCareers.FrontendDeveloper, reversed, StarterSkills.Catalog);

        Assert.Equal(original.Readiness, shuffled.Readiness);
        Assert.Equal(original.Gaps, shuffled.Gaps);
        Assert.Equal(original.TransferableSkills, shuffled.TransferableSkills);
    }

    [Fact]
    public void Analyze_WhenTargetListsASkillTwice_KeepsTheStrictestRequirement()
    {
        var target = new CareerProfileBuilder().Requires("python", 3, 2).Requires("python", 5, 6).Build();

        var analysis = _analyzer.Analyze(Visitor(("python", 3)), target, StarterSkills.Catalog);

        var gap = Assert.Single(analysis.Gaps);
        Assert.Equal((5, 6, 3), (gap.Importance, gap.RequiredLevel, gap.LevelsToGain));
    }

    [Fact]
    public void Analyze_WhenSkillIsMissingFromCatalog_GapUsesAliasAsNameAndZeroHours()
    {
        var target = new CareerProfileBuilder().Requires("quantum-computing", 5, 4).Build();

        var gap = Assert.Single(_analyzer.Analyze(Visitor(), target, StarterSkills.Catalog).Gaps);

        Assert.Equal(("quantum-computing", 0.0), (gap.SkillName, gap.Hours));
    }

    private static SkillBackground Visitor(params (string Alias, int Level)[] levels) =>
        SkillBackground.ForVisitor(levels.ToDictionary(level => level.Alias, level => level.Level));
}
