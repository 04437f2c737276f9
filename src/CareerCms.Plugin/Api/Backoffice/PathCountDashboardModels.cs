namespace CareerCms.Plugin.Api.Backoffice;

/// <summary>What the path-count dashboard shows: totals, every published career's counts, every industry's.</summary>
/// <param name="CareerCount">Published careers.</param>
/// <param name="PathCount">Counted transition paths (paths into published careers).</param>
/// <param name="Careers">Careers, most incoming paths first, then by name.</param>
/// <param name="Industries">Industries by name.</param>
public sealed record PathCountDashboardModel(
    int CareerCount,
    int PathCount,
    IReadOnlyList<CareerPathCountsModel> Careers,
    IReadOnlyList<IndustryPathCountsModel> Industries);

/// <summary>One career's structural counts.</summary>
public sealed record CareerPathCountsModel(
    Guid Id,
    string Name,
    string? Industry,
    int TransitionPathCount,
    int Easy,
    int Moderate,
    int Hard,
    int OutgoingPathCount);

/// <summary>One industry's counts.</summary>
public sealed record IndustryPathCountsModel(string Industry, int CareerCount, int PathCount);
