using System.Globalization;

namespace CareerCms.Search.Bench;

/// <summary>Percentiles of a set of timings (nearest-rank).</summary>
internal sealed record LatencyStats(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencyStats Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1], sorted.Average());
    }

    public string Row(string label, string extra = "") =>
        string.Create(CultureInfo.InvariantCulture, $"| {label} | {Count} | {P50:0.00} | {P95:0.00} | {P99:0.00} | {Max:0.00} |{extra}");
}
