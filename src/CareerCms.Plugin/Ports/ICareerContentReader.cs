using CareerCms.Plugin.Careers;

namespace CareerCms.Plugin.Ports;

/// <summary>
/// The published careers, transition paths and skills, as domain records. Only routable published content is
/// returned (a document under an unpublished or trashed ancestor is not). Reads are in-memory and cheap: callers
/// may call on every request. The plugin registers an implementation over Core's published content cache; a host
/// with its own cache replaces it.
/// </summary>
public interface ICareerContentReader
{
    /// <summary>Every published career.</summary>
    IReadOnlyCollection<CareerDetails> GetCareers();

    /// <summary>A published career, or null.</summary>
    CareerDetails? GetCareer(Guid key);

    /// <summary>Every published transition path whose parent is a published career.</summary>
    IReadOnlyCollection<TransitionPathDetails> GetTransitionPaths();

    /// <summary>A published transition path, or null.</summary>
    TransitionPathDetails? GetTransitionPath(Guid key);

    /// <summary>Every published skill.</summary>
    IReadOnlyCollection<SkillDetails> GetSkills();

    /// <summary>
    /// The published careers and transition paths at or under <paramref name="key"/> (every one when null), with
    /// their ancestors, from one consistent state. Null when this reader does not know the tree (path counting then
    /// recounts everything after a branch change instead of applying the branch).
    /// </summary>
    CareerContentBranch? GetBranch(Guid? key) => null;
}
