using CareerCms.Plugin.Careers;

namespace CareerCms.Plugin.Ports;

/// <summary>
/// The published careers and transition paths at or under one document (or all of them), read from one consistent
/// state, each with the keys of its ancestors: what path counting needs to apply a branch change without recounting.
/// </summary>
/// <param name="Careers">The published careers in the branch.</param>
/// <param name="Paths">The published transition paths in the branch.</param>
/// <param name="AncestorKeys">Each career's and path's ancestor keys (any order), by its key.</param>
public sealed record CareerContentBranch(
    IReadOnlyCollection<CareerDetails> Careers,
    IReadOnlyCollection<TransitionPathDetails> Paths,
    IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> AncestorKeys)
{
    /// <summary>Nothing published there.</summary>
    public static CareerContentBranch Empty { get; } = new([], [], new Dictionary<Guid, IReadOnlyList<Guid>>());

    /// <summary>A career's or path's ancestors; empty when unknown.</summary>
    public IReadOnlyList<Guid> AncestorsOf(Guid key) => AncestorKeys.TryGetValue(key, out var ancestors) ? ancestors : [];
}
