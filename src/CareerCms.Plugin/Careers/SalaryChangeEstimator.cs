namespace CareerCms.Plugin.Careers;

/// <summary>Suggests a salary change from the background's and the target's salary ranges.</summary>
internal static class SalaryChangeEstimator
{
    internal static SalaryChange? Estimate(SkillBackground from, CareerProfile to, SkillGapOptions options)
    {
        var background = SalaryBand.Of(from.SalaryMin, from.SalaryMax);
        var target = SalaryBand.Of(to.SalaryMin, to.SalaryMax);
        if (background is not { } a || target is not { } b)
        {
            return null;
        }

        if (a.IsRange && b.IsRange)
        {
            return new SalaryChange(
                ToPercent((b.Min / a.Max) - 1, options),
                ToPercent((b.Max / a.Min) - 1, options));
        }

        // One side is a single figure: comparing midpoints gives one honest number instead of a made-up range.
        var change = ToPercent((b.Mid / a.Mid) - 1, options);
        return new SalaryChange(change, change);
    }

    private static int ToPercent(double ratio, SkillGapOptions options) =>
        Math.Clamp(
            (int)Math.Round(ratio * 100, MidpointRounding.AwayFromZero),
            options.SalaryChangeClampMin,
            options.SalaryChangeClampMax);

    /// <summary>A salary range; a career with only one bound set is a single figure (min = max).</summary>
    private readonly record struct SalaryBand(double Min, double Max, bool IsRange)
    {
        public double Mid => (Min + Max) / 2;

        // Zero is what an empty Integer property often reads as, so it means "unknown", never "unpaid".
        public static SalaryBand? Of(int? min, int? max)
        {
            var (low, high) = (Known(min), Known(max));
            if (low is { } bottom && high is { } top)
            {
                return new SalaryBand(bottom, top, IsRange: true);
            }

            return (low ?? high) is { } only ? new SalaryBand(only, only, IsRange: false) : null;
        }

        private static int? Known(int? value) => value > 0 ? value : null;
    }
}
