namespace CareerCms.Plugin.Careers;

/// <summary>
/// Careers and transition paths indexed for <see cref="CareerMatcher"/>: build one per published-content snapshot
/// and match many visitors against it. A key given twice keeps its last career or path.
/// </summary>
public sealed class CareerMatchSet
{
    /// <summary>Indexes the careers by key and the paths by target career.</summary>
    public CareerMatchSet(IEnumerable<CareerProfile> careers, IEnumerable<PublishedTransitionPath> paths)
    {
        ArgumentNullException.ThrowIfNull(careers);
        ArgumentNullException.ThrowIfNull(paths);
        Careers = careers.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Last());
        PathsByTarget = paths.GroupBy(p => p.Key).Select(g => g.Last()).ToLookup(p => p.TargetCareerKey);
    }

    /// <summary>Careers by key.</summary>
    public IReadOnlyDictionary<Guid, CareerProfile> Careers { get; }

    /// <summary>Paths by the career they lead to.</summary>
    public ILookup<Guid, PublishedTransitionPath> PathsByTarget { get; }
}
