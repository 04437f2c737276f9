using CareerCms.Plugin.Careers;

namespace CareerCms.Tests.Common.Careers;

/// <summary>The transition paths of docs/starter-data.md (all under MLOps Engineer), with fixed test keys.</summary>
public static class StarterTransitionPaths
{
    public static PublishedTransitionPath SoftwareEngineerToMlops { get; } = new(
        Guid.Parse("b8ba92d7-d84c-4c5a-800c-bf333b84e7ec"),
        StarterCareers.MlopsEngineer.Key,
        StarterCareers.SoftwareEngineer.Key,
        TransitionDifficulty.Moderate);

    public static PublishedTransitionPath FrontendDeveloperToMlops { get; } = new(
        Guid.Parse("1ee82997-9aaf-4072-adb3-947f770241b6"),
        StarterCareers.MlopsEngineer.Key,
        StarterCareers.FrontendDeveloper.Key,
        TransitionDifficulty.Moderate);

    public static PublishedTransitionPath BackendDeveloperToMlops { get; } = new(
        Guid.Parse("8032a000-78ae-4b42-af21-7284b9a80c32"),
        StarterCareers.MlopsEngineer.Key,
        StarterCareers.BackendDeveloper.Key,
        TransitionDifficulty.Moderate);

    /// <summary>All three starter paths.</summary>
    public static IReadOnlyList<PublishedTransitionPath> All { get; } =
        [SoftwareEngineerToMlops, FrontendDeveloperToMlops, BackendDeveloperToMlops];
}
