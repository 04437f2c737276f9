namespace CareerCms.Plugin.Careers;

/// <summary>Turns learning hours into months at the configured weekly hours.</summary>
internal static class EffortEstimator
{
    /// <summary>Average weeks per month (52 / 12, as the spec rounds it).</summary>
    internal const double WeeksPerMonth = 4.33;

    internal static double MonthsFor(double hours, double weeklyHours) => hours / (weeklyHours * WeeksPerMonth);

    internal static EffortEstimate Estimate(IEnumerable<SkillGap> gaps, SkillGapOptions options)
    {
        var hours = gaps.Sum(gap => gap.Hours);
        var months = MonthsFor(hours, options.WeeklyHours);
        return new EffortEstimate(
            hours,
            months,
            RoundMonths(months * options.EffortLowFactor),
            RoundMonths(months * options.EffortHighFactor));
    }

    private static int RoundMonths(double months) => (int)Math.Round(months, MidpointRounding.AwayFromZero);
}
