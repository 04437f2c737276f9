namespace CareerCms.Plugin.Careers;

/// <summary>A suggested salary change range in whole percent, e.g. -19 .. +100.</summary>
/// <param name="MinPercent">The worst case: the target's minimum against the background's maximum.</param>
/// <param name="MaxPercent">The best case: the target's maximum against the background's minimum.</param>
public sealed record SalaryChange(int MinPercent, int MaxPercent);
