using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Tests.Careers;
using CareerCms.Tests.Common.Careers;
using CsCheck;

namespace CareerCms.Plugin.Tests.Api;

public sealed class CareerMatcherProperties
{
    private static readonly CareerMatcher Matcher = new(SkillGapServices.Analyzer());
    private static readonly Gen<Dictionary<string, int>> Profile =
        Gen.Select(Gen.Int[0, StarterSkills.All.Count - 1], Gen.Int[0, 7]).Array[1, 12]
            .Select(pairs => pairs.GroupBy(p => StarterSkills.All[p.Item1].Alias).ToDictionary(g => g.Key, g => g.Last().Item2));

    [Fact]
    public void Match_AnyProfile_RanksByReadinessDescendingWithin0To100() =>
        Profile.Sample(levels =>
        {
            var matches = Match(levels, take: 7);

            Assert.Equal(7, matches.Count);
            Assert.All(matches, m => Assert.InRange(m.Analysis.Readiness, 0, 100));
            Assert.Equal(matches.Select(m => m.Analysis.Readiness).OrderDescending(), matches.Select(m => m.Analysis.Readiness));
            Assert.All(matches, m => Assert.True(m.TopGaps.Count <= 3));
        }, iter: 300);

    [Fact]
    public void Match_RaisingASkill_NeverLowersAnyCareersReadiness() =>
        Gen.Select(Profile, Gen.Int[0, StarterSkills.All.Count - 1], Gen.Int[1, 7]).Sample((levels, skill, raise) =>
        {
            var alias = StarterSkills.All[skill].Alias;
            var raised = new Dictionary<string, int>(levels) { [alias] = Math.Min(7, levels.GetValueOrDefault(alias) + raise) };

            var before = Match(levels, take: 7).ToDictionary(m => m.Career.Key, m => m.Analysis.Readiness);
            var after = Match(raised, take: 7).ToDictionary(m => m.Career.Key, m => m.Analysis.Readiness);

            Assert.All(before, b => Assert.True(after[b.Key] >= b.Value - 1e-9, $"{b.Key}: {b.Value} -> {after[b.Key]}"));
        }, iter: 300);

    [Fact]
    public void Match_SameInputInAnyOrder_GivesTheSameRanking() =>
        Gen.Select(Profile, Gen.Int[0, 1000]).Sample((levels, seed) =>
        {
            var shuffled = StarterCareers.All.OrderBy(c => HashCode.Combine(c.Key, seed)).ToList();

            var first = Matcher.Match(SkillBackground.ForVisitor(levels), StarterCareers.All, StarterTransitionPaths.All, StarterSkills.Catalog, 7);
            var second = Matcher.Match(SkillBackground.ForVisitor(levels), shuffled, StarterTransitionPaths.All.Reverse(), StarterSkills.Catalog, 7);

            Assert.Equal(first.Select(m => (m.Career.Key, m.BestPath?.Key)), second.Select(m => (m.Career.Key, m.BestPath?.Key)));
        }, iter: 200);

    private static IReadOnlyList<CareerMatch> Match(IReadOnlyDictionary<string, int> levels, int take) =>
        Matcher.Match(SkillBackground.ForVisitor(levels), StarterCareers.All, StarterTransitionPaths.All, StarterSkills.Catalog, take);
}
