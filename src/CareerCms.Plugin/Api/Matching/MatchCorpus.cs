using CareerCms.Plugin.Careers;

namespace CareerCms.Plugin.Api.Matching;

/// <summary>
/// Everything a match reads, prepared once per published-content snapshot: the careers and paths indexed for the
/// matcher, the skill catalog and the name resolver.
/// </summary>
internal sealed class MatchCorpus
{
    private MatchCorpus(
        IReadOnlyCollection<CareerDetails> careers,
        IReadOnlyCollection<TransitionPathDetails> paths,
        IReadOnlyCollection<SkillDetails> skills)
    {
        Sources = (careers, paths, skills);
        CareersByKey = careers.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First());
        PathsByKey = paths.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First());
        Set = new CareerMatchSet(CareersByKey.Values.Select(c => c.ToProfile()), PathsByKey.Values.Select(p => p.ToPublishedPath()));
        Catalog = new SkillCatalog(skills.Select(s => s.Info));
        Resolver = new SkillNameResolver(skills);
    }

    /// <summary>The reader's collections this was built from (compared by reference).</summary>
    public (object Careers, object Paths, object Skills) Sources { get; }

    public IReadOnlyDictionary<Guid, CareerDetails> CareersByKey { get; }

    public IReadOnlyDictionary<Guid, TransitionPathDetails> PathsByKey { get; }

    /// <summary>The careers (stable profile instances, so the matcher's readiness plans stay cached) and paths.</summary>
    public CareerMatchSet Set { get; }

    public SkillCatalog Catalog { get; }

    public SkillNameResolver Resolver { get; }

    /// <summary>The prepared corpus for the reader's current collections: <paramref name="cached"/> when they are the same.</summary>
    public static MatchCorpus For(
        MatchCorpus? cached,
        IReadOnlyCollection<CareerDetails> careers,
        IReadOnlyCollection<TransitionPathDetails> paths,
        IReadOnlyCollection<SkillDetails> skills) =>
        cached is not null
        && ReferenceEquals(cached.Sources.Careers, careers)
        && ReferenceEquals(cached.Sources.Paths, paths)
        && ReferenceEquals(cached.Sources.Skills, skills)
            ? cached
            : new MatchCorpus(careers, paths, skills);
}
