using System.Runtime.CompilerServices;

namespace CareerCms.Plugin.Careers;

/// <summary>
/// Match-my-skills: scores a visitor's self-assessed skills against every career with the skill-gap analysis,
/// ranks by readiness (then name, then key, so equal scores always come in the same order) and, for each
/// returned career, picks the existing transition path whose background career the visitor resembles most.
/// Every career is scored with its prepared <see cref="ReadinessPlan"/> (cached per profile instance); only the
/// returned careers get the full analysis.
/// </summary>
public sealed class CareerMatcher(SkillGapAnalyzer analyzer)
{
    private static readonly ConditionalWeakTable<CareerProfile, ReadinessPlan> Plans = new();

    /// <summary>The <paramref name="take"/> best careers, each with its <paramref name="gapCount"/> largest gaps.</summary>
    public IReadOnlyList<CareerMatch> Match(
        SkillBackground visitor,
        IEnumerable<CareerProfile> careers,
        IEnumerable<PublishedTransitionPath> paths,
        SkillCatalog catalog,
        int take,
        int gapCount = 3) =>
        Match(visitor, new CareerMatchSet(careers, paths), catalog, take, gapCount);

    /// <summary>The <paramref name="take"/> best careers of a prepared set, each with its <paramref name="gapCount"/> largest gaps.</summary>
    public IReadOnlyList<CareerMatch> Match(SkillBackground visitor, CareerMatchSet set, SkillCatalog catalog, int take, int gapCount = 3)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        ArgumentOutOfRangeException.ThrowIfNegative(gapCount);

        var ranked = set.Careers.Values
            .Select(career => (Career: career, Readiness: Plans.GetValue(career, ReadinessPlan.For).Readiness(visitor)))
            .OrderByDescending(m => m.Readiness)
            .ThenBy(m => m.Career.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Career.Key)
            .Take(take)
            .Select(m => (m.Career, Analysis: analyzer.Analyze(visitor, m.Career, catalog)))
            .ToList();

        return
        [
            .. ranked.Select(m =>
            {
                var (best, score) = BestPath(visitor, set.PathsByTarget[m.Career.Key], set.Careers, catalog);
                return new CareerMatch(m.Career, m.Analysis, [.. m.Analysis.Gaps.Take(gapCount)], best, score);
            }),
        ];
    }

    /// <summary>
    /// The path whose background the visitor covers best (the visitor's readiness for the background career);
    /// ties go to the easier path, then the smaller key. Paths without a known background rank last.
    /// </summary>
    private (PublishedTransitionPath? Path, double? Score) BestPath(
        SkillBackground visitor,
        IEnumerable<PublishedTransitionPath> candidates,
        IReadOnlyDictionary<Guid, CareerProfile> careers,
        SkillCatalog catalog)
    {
        var scored = candidates
            .Select(path => (Path: path, Score: path.FromCareerKey is { } from && careers.TryGetValue(from, out var background)
                ? analyzer.Analyze(visitor, background, catalog).Readiness
                : (double?)null))
            .OrderByDescending(p => p.Score ?? -1)
            .ThenBy(p => p.Path.Difficulty ?? (TransitionDifficulty)int.MaxValue)
            .ThenBy(p => p.Path.Key)
            .FirstOrDefault();
        return (scored.Path, scored.Score);
    }
}
