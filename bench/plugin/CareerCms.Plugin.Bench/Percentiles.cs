namespace CareerCms.Plugin.Bench;

/// <summary>Nearest-rank percentiles of timings in milliseconds.</summary>
internal static class Percentiles
{
    public static string Describe(List<double> timings)
    {
        if (timings.Count == 0)
        {
            return "no samples";
        }

        timings.Sort();
        return FormattableString.Invariant(
            $"p50 {At(timings, 0.50):F2} ms, p95 {At(timings, 0.95):F2} ms, p99 {At(timings, 0.99):F2} ms, max {timings[^1]:F2} ms ({timings.Count} samples)");
    }

    private static double At(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
