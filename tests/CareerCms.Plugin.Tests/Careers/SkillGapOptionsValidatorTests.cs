using CareerCms.Plugin.Careers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Tests.Careers;

public sealed class SkillGapOptionsValidatorTests
{
    private readonly SkillGapOptionsValidator _validator = new();

    public static TheoryData<string, Action<SkillGapOptions>> NonsenseSettings => new()
    {
        { "WeeklyHours", o => o.WeeklyHours = 0 },
        { "WeeklyHours", o => o.WeeklyHours = -5 },
        { "WeeklyHours", o => o.WeeklyHours = 81 },
        { "WeeklyHours", o => o.WeeklyHours = double.NaN },
        { "EasyReadinessThreshold", o => o.EasyReadinessThreshold = 101 },
        { "HardReadinessThreshold", o => o.HardReadinessThreshold = -1 },
        { "must be above HardReadinessThreshold", o => o.EasyReadinessThreshold = 50 },
        { "must be above HardReadinessThreshold", o => (o.EasyReadinessThreshold, o.HardReadinessThreshold) = (40, 60) },
        { "HardJobZoneRise", o => o.HardJobZoneRise = 0 },
        { "HardJobZoneRise", o => o.HardJobZoneRise = 5 },
        { "EffortLowFactor", o => o.EffortLowFactor = 0 },
        { "EffortLowFactor", o => o.EffortLowFactor = 1.1 },
        { "EffortHighFactor", o => o.EffortHighFactor = 0.9 },
        { "EffortHighFactor", o => o.EffortHighFactor = 11 },
        { "SalaryChangeClampMin", o => o.SalaryChangeClampMin = 10 },
        { "SalaryChangeClampMin", o => o.SalaryChangeClampMin = -101 },
        { "SalaryChangeClampMax", o => o.SalaryChangeClampMax = 0 },
        { "RoadmapPhaseMaxMonths", o => o.RoadmapPhaseMaxMonths = 0 },
        { "RoadmapPhaseMaxMonths", o => o.RoadmapPhaseMaxMonths = 25 },
    };

    [Fact]
    public void SectionName_IsCareerCmsSkillGap() => Assert.Equal("CareerCms:SkillGap", SkillGapOptions.SectionName);

    [Fact]
    public void Validate_WhenDefaults_Succeeds()
    {
        var result = _validator.Validate(Options.DefaultName, new SkillGapOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Defaults_MatchTheSpec()
    {
        var options = new SkillGapOptions();

        Assert.Equal(
            (10.0, 75.0, 50.0, 2, 0.8, 1.2, -50, 200, 3),
            (options.WeeklyHours, options.EasyReadinessThreshold, options.HardReadinessThreshold,
                options.HardJobZoneRise, options.EffortLowFactor, options.EffortHighFactor,
                options.SalaryChangeClampMin, options.SalaryChangeClampMax, options.RoadmapPhaseMaxMonths));
    }

    [Theory]
    [MemberData(nameof(NonsenseSettings))]
    public void Validate_WhenSettingIsNonsense_FailsNamingTheSetting(string expectedInMessage, Action<SkillGapOptions> configure)
    {
        var options = new SkillGapOptions();
        configure(options);

        var result = _validator.Validate(Options.DefaultName, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.Contains(expectedInMessage, StringComparison.Ordinal));
        Assert.All(result.Failures!, failure => Assert.StartsWith("CareerCms:SkillGap:", failure, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WhenSeveralSettingsAreNonsense_ReportsEach()
    {
        var options = new SkillGapOptions { WeeklyHours = 0, RoadmapPhaseMaxMonths = 0 };

        var result = _validator.Validate(Options.DefaultName, options);

        Assert.Equal(2, result.Failures!.Count());
    }

    [Fact]
    public void SkillGapAnalyzer_WhenOptionsAreInvalid_Throws()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => SkillGapServices.Analyzer(o => o.WeeklyHours = 0));

        Assert.Contains("WeeklyHours", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoadmapPlanner_WhenOptionsAreInvalid_Throws() =>
        Assert.Throws<OptionsValidationException>(() => SkillGapServices.Planner(o => o.RoadmapPhaseMaxMonths = 0));

    [Fact]
    public void Options_WhenBoundFromConfigurationSection_AreValidatedOnFirstUse()
    {
        using var provider = ProviderWith(new Dictionary<string, string?>
        {
            ["CareerCms:SkillGap:WeeklyHours"] = "15",
            ["CareerCms:SkillGap:EffortHighFactor"] = "0.5",
        });

        var exception = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<SkillGapOptions>>().Value);

        Assert.Contains("EffortHighFactor", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WhenBoundFromValidConfiguration_CarryTheValues()
    {
        using var provider = ProviderWith(new Dictionary<string, string?> { ["CareerCms:SkillGap:WeeklyHours"] = "15" });

        Assert.Equal(15, provider.GetRequiredService<IOptions<SkillGapOptions>>().Value.WeeklyHours);
    }

    private static ServiceProvider ProviderWith(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<SkillGapOptions>().Bind(configuration.GetSection(SkillGapOptions.SectionName));
        services.AddSingleton<IValidateOptions<SkillGapOptions>, SkillGapOptionsValidator>();
        return services.BuildServiceProvider();
    }
}
