using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Careers;

/// <summary>Rejects skill-gap settings that would make estimates meaningless; register it to validate at start.</summary>
public sealed class SkillGapOptionsValidator : IValidateOptions<SkillGapOptions>
{
    private const string Prefix = SkillGapOptions.SectionName + ":";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SkillGapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Returns the options when valid; otherwise throws <see cref="OptionsValidationException"/>.</summary>
    internal static SkillGapOptions EnsureValid(SkillGapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        return failures.Count == 0
            ? options
            : throw new OptionsValidationException(Options.DefaultName, typeof(SkillGapOptions), failures);
    }

    // Comparisons are written so that NaN fails every check.
    private static IEnumerable<string> Failures(SkillGapOptions o)
    {
        if (!(o.WeeklyHours > 0 && o.WeeklyHours <= 80))
        {
            yield return $"{Prefix}WeeklyHours must be more than 0 and at most 80 (was {o.WeeklyHours}).";
        }

        if (!IsPercent(o.EasyReadinessThreshold))
        {
            yield return $"{Prefix}EasyReadinessThreshold must be 0 to 100 (was {o.EasyReadinessThreshold}).";
        }

        if (!IsPercent(o.HardReadinessThreshold))
        {
            yield return $"{Prefix}HardReadinessThreshold must be 0 to 100 (was {o.HardReadinessThreshold}).";
        }

        if (!(o.EasyReadinessThreshold > o.HardReadinessThreshold))
        {
            yield return $"{Prefix}EasyReadinessThreshold ({o.EasyReadinessThreshold}) must be above " +
                $"HardReadinessThreshold ({o.HardReadinessThreshold}).";
        }

        if (o.HardJobZoneRise is < 1 or > SkillScales.MaxJobZone - SkillScales.MinJobZone)
        {
            yield return $"{Prefix}HardJobZoneRise must be 1 to 4 (was {o.HardJobZoneRise}).";
        }

        if (!(o.EffortLowFactor > 0 && o.EffortLowFactor <= 1))
        {
            yield return $"{Prefix}EffortLowFactor must be more than 0 and at most 1 (was {o.EffortLowFactor}).";
        }

        if (!(o.EffortHighFactor >= 1 && o.EffortHighFactor <= 10))
        {
            yield return $"{Prefix}EffortHighFactor must be 1 to 10 (was {o.EffortHighFactor}).";
        }

        if (o.SalaryChangeClampMin is < -100 or > 0)
        {
            yield return $"{Prefix}SalaryChangeClampMin must be -100 to 0 (was {o.SalaryChangeClampMin}).";
        }

        if (o.SalaryChangeClampMax <= 0)
        {
            yield return $"{Prefix}SalaryChangeClampMax must be above 0 (was {o.SalaryChangeClampMax}).";
        }

        if (o.RoadmapPhaseMaxMonths is < 1 or > 24)
        {
            yield return $"{Prefix}RoadmapPhaseMaxMonths must be 1 to 24 (was {o.RoadmapPhaseMaxMonths}).";
        }
    }

    private static bool IsPercent(double value) => value >= 0 && value <= 100;
}
