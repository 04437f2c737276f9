namespace CareerCms.Plugin.Careers;

/// <summary>Careers and paths to put in or take out of a <see cref="PathCountStore"/> in one step.</summary>
/// <param name="Careers">Published careers, new or changed.</param>
/// <param name="RemovedCareers">Careers no longer published.</param>
/// <param name="Paths">Published paths, new or changed.</param>
/// <param name="RemovedPaths">Paths no longer published.</param>
public sealed record PathCountChangeSet(
    IReadOnlyCollection<PublishedCareer> Careers,
    IReadOnlyCollection<Guid> RemovedCareers,
    IReadOnlyCollection<PublishedTransitionPath> Paths,
    IReadOnlyCollection<Guid> RemovedPaths);
