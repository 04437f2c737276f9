using CareerCms.Plugin.Careers;
using CareerCms.Tests.Common.Careers;

namespace CareerCms.Plugin.Tests.Careers;

public sealed class DomainRecordTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(6, 3)]
    [InlineData(3, -1)]
    [InlineData(3, 8)]
    public void SkillRequirement_WhenImportanceOrLevelIsOffScale_Throws(int importance, int level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SkillRequirement("python", importance, level));

    [Fact]
    public void SkillRequirement_WhenChangedWithWith_StillGuardsTheScale()
    {
        var requirement = new SkillRequirement("python", 3, 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => requirement with { Level = 9 });
    }

    [Theory]
    [InlineData(1, 0.0, false)]
    [InlineData(2, 0.25, true)]
    [InlineData(5, 1.0, true)]
    public void SkillRequirement_Weight_IsImportanceMinusOneOverFour(int importance, double weight, bool counts)
    {
        var requirement = new SkillRequirement("python", importance, 3);

        Assert.Equal((weight, counts), (requirement.Weight, requirement.CountsInAnalysis));
    }

    [Fact]
    public void SkillRequirement_WhenAliasIsBlank_Throws() =>
        Assert.Throws<ArgumentException>(() => new SkillRequirement(" ", 3, 3));

    [Fact]
    public void CareerProfile_WhenSalaryRangeIsInverted_Throws() =>
        Assert.Throws<ArgumentException>(() => new CareerProfileBuilder().WithSalary(200000, 100000).Build());

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void CareerProfile_WhenJobZoneIsOffScale_Throws(int jobZone) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CareerProfileBuilder().WithJobZone(jobZone).Build());

    [Fact]
    public void SkillInfo_WhenLearningHoursAreNegative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SkillInfo("python", "Python", -1));

    [Fact]
    public void SkillCatalog_WhenAliasRepeats_Throws() =>
        Assert.Throws<ArgumentException>(() => new SkillCatalogBuilder().WithSkill("python", 1).WithSkill("python", 2).Build());

    [Fact]
    public void SkillCatalog_Find_WhenAliasIsUnknown_ReturnsNull() =>
        Assert.Null(StarterSkills.Catalog.Find("cobol"));

    [Fact]
    public void SkillBackground_FromCareer_WhenSkillIsListedTwice_KeepsTheHigherLevel()
    {
        var career = new CareerProfileBuilder().Requires("python", 2, 3).Requires("python", 4, 6).Build();

        Assert.Equal(6, SkillBackground.FromCareer(career).LevelOf("python"));
    }

    [Fact]
    public void SkillBackground_WhenVisitorLevelIsOffScale_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(
            () => SkillBackground.ForVisitor(new Dictionary<string, int> { ["python"] = 8 }));

    [Fact]
    public void StarterData_HasEighteenSkillsAndSevenCareers() =>
        Assert.Equal((18, 7), (StarterSkills.Catalog.Count, StarterCareers.All.Count));
}
