using CareerCms.Plugin.Careers;
using CareerCms.Tests.Common.Careers;

namespace CareerCms.Plugin.Tests.Careers;

public sealed partial class SkillGapAnalyzerTests
{
    [Fact]
    public void Analyze_WhenTargetPaysFarMore_SalaryChangeIsClampedAt200()
    {
        var background = new CareerProfileBuilder().WithSalary(20000, 30000).Build();
        var target = new CareerProfileBuilder().WithSalary(200000, 300000).Build();

        Assert.Equal(new SalaryChange(200, 200), SalaryChangeOf(background, target));
    }

    [Fact]
    public void Analyze_WhenTargetPaysFarLess_SalaryChangeIsClampedAtMinus50()
    {
        var background = new CareerProfileBuilder().WithSalary(200000, 300000).Build();
        var target = new CareerProfileBuilder().WithSalary(20000, 30000).Build();

        Assert.Equal(new SalaryChange(-50, -50), SalaryChangeOf(background, target));
    }

    [Fact]
    public void Analyze_WhenClampBandIsConfigured_UsesIt()
    {
        var background = new CareerProfileBuilder().WithSalary(20000, 30000).Build();
        var target = new CareerProfileBuilder().WithSalary(200000, 300000).Build();
        var analyzer = SkillGapServices.Analyzer(o => o.SalaryChangeClampMax = 1000);

        var change = analyzer.Analyze(background, target, StarterSkills.Catalog).SuggestedSalaryChange;

        // 200000 / 30000 - 1 = +566.7 %, 300000 / 20000 - 1 = +1400 % (clamped).
        Assert.Equal(new SalaryChange(567, 1000), change);
    }

    [Fact]
    public void Analyze_WhenBackgroundHasOnlyAMinimum_ComparesMidpoints()
    {
        var background = new CareerProfileBuilder().WithSalary(100000, null).Build();
        var target = new CareerProfileBuilder().WithSalary(130000, 170000).Build();

        // Target midpoint 150000 against the single figure 100000.
        Assert.Equal(new SalaryChange(50, 50), SalaryChangeOf(background, target));
    }

    [Fact]
    public void Analyze_WhenTargetHasOnlyAMaximum_ComparesMidpoints()
    {
        var background = new CareerProfileBuilder().WithSalary(80000, 120000).Build();
        var target = new CareerProfileBuilder().WithSalary(null, 110000).Build();

        Assert.Equal(new SalaryChange(10, 10), SalaryChangeOf(background, target));
    }

    [Theory]
    [InlineData(null, null, 130000, 220000)]
    [InlineData(110000, 160000, null, null)]
    [InlineData(null, null, null, null)]
    [InlineData(0, 0, 130000, 220000)]
    public void Analyze_WhenEitherSalaryIsUnknown_SalaryChangeIsNull(int? fromMin, int? fromMax, int? toMin, int? toMax)
    {
        var background = new CareerProfileBuilder().WithSalary(fromMin, fromMax).Build();
        var target = new CareerProfileBuilder().WithSalary(toMin, toMax).Build();

        Assert.Null(SalaryChangeOf(background, target));
    }

    [Fact]
    public void Analyze_WhenRangesAreEqual_SalaryChangeSpansBothWays()
    {
        var career = new CareerProfileBuilder().WithSalary(100000, 125000).Build();

        Assert.Equal(new SalaryChange(-20, 25), SalaryChangeOf(career, career));
    }

    private SalaryChange? SalaryChangeOf(CareerProfile background, CareerProfile target) =>
        _analyzer.Analyze(background, target, StarterSkills.Catalog).SuggestedSalaryChange;
}
