namespace CareerCms.Plugin.Careers;

/// <summary>A published career, as path counting sees it.</summary>
/// <param name="Key">The career document's key.</param>
/// <param name="Industry">The career's industry, or null/blank when it has none (then it counts in no industry).</param>
public sealed record PublishedCareer(Guid Key, string? Industry);
