namespace CareerCms.Plugin.Careers;

/// <summary>How long closing every gap takes at the configured weekly hours.</summary>
/// <param name="Hours">Sum of the gaps' learning hours.</param>
/// <param name="Months">Exact months: <c>hours / (weeklyHours * 4.33)</c>.</param>
/// <param name="MinMonths">Months times the low factor, rounded (half away from zero).</param>
/// <param name="MaxMonths">Months times the high factor, rounded (half away from zero).</param>
public sealed record EffortEstimate(double Hours, double Months, int MinMonths, int MaxMonths);
