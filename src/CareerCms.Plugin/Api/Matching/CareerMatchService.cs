using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Ports;
using Microsoft.Extensions.Options;

namespace CareerCms.Plugin.Api.Matching;

/// <summary>
/// Match-my-skills over the published content: checks the visitor's profile, resolves skill names, scores every
/// published career and describes the best ones with their top gaps and best existing path.
/// </summary>
public sealed class CareerMatchService(ICareerContentReader content, CareerMatcher matcher, IOptionsMonitor<CareerMatchOptions> options)
{
    private MatchCorpus? _corpus;

    /// <summary>Scores the profile; the status says why a profile was refused.</summary>
    public CareerMatchResult Match(CareerMatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.CurrentValue;
        var skills = request.Skills ?? [];
        if (skills.Count > settings.MaxSkills)
        {
            return CareerMatchResult.Fail(CareerMatchStatus.TooManySkills);
        }

        // JSON can carry nulls and blanks anywhere: refuse them here, by position, before anything reads them.
        var missing = skills.Select((s, i) => (s, i)).Where(p => p.s is null || string.IsNullOrWhiteSpace(p.s.Skill))
            .Select(p => $"skills[{p.i}]").ToList();
        if (missing.Count > 0)
        {
            return CareerMatchResult.Fail(CareerMatchStatus.MissingSkill, missing);
        }

        var take = request.Take ?? settings.DefaultTake;
        if (take < 1 || take > settings.MaxTake)
        {
            return CareerMatchResult.Fail(CareerMatchStatus.TakeOutOfRange);
        }

        var outOfRange = skills.Where(s => s.Level is not (>= SkillScales.MinLevel and <= SkillScales.MaxLevel)).Select(s => s.Skill ?? "").ToList();
        if (outOfRange.Count > 0)
        {
            return CareerMatchResult.Fail(CareerMatchStatus.LevelOutOfRange, outOfRange);
        }

        // Readers hand out the same collections until the published content changes: prepare once per snapshot.
        var corpus = MatchCorpus.For(Volatile.Read(ref _corpus), content.GetCareers(), content.GetTransitionPaths(), content.GetSkills());
        Volatile.Write(ref _corpus, corpus);
        var resolved = skills.Select(s => (Input: s, Skill: corpus.Resolver.Resolve(s.Skill))).ToList();
        var unknown = resolved.Where(r => r.Skill is null).Select(r => r.Input.Skill ?? "").ToList();
        if (unknown.Count > 0)
        {
            return CareerMatchResult.Fail(CareerMatchStatus.UnknownSkill, unknown);
        }

        // A skill named twice (by alias and by synonym, say) keeps the higher level.
        var levels = resolved
            .GroupBy(r => r.Skill!.Info.Alias, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(r => r.Input.Level!.Value), StringComparer.Ordinal);
        if (levels.Values.All(level => level == 0))
        {
            return CareerMatchResult.Fail(CareerMatchStatus.EmptyProfile);
        }

        var matches = matcher.Match(SkillBackground.ForVisitor(levels), corpus.Set, corpus.Catalog, take, settings.TopGaps);
        var items = matches.Select(m => ToItem(m, corpus.CareersByKey, corpus.PathsByKey)).ToList();
        return new CareerMatchResult(CareerMatchStatus.Success, new CareerMatchResponse(items, corpus.Set.Careers.Count));
    }

    private static CareerMatchItem ToItem(
        CareerMatch match, IReadOnlyDictionary<Guid, CareerDetails> careers, IReadOnlyDictionary<Guid, TransitionPathDetails> paths)
    {
        var career = careers[match.Career.Key];
        MatchedPath? best = null;
        if (match.BestPath is { } found && paths.TryGetValue(found.Key, out var path))
        {
            var from = path.FromCareerKey is { } fromKey && careers.TryGetValue(fromKey, out var background)
                ? new CareerReference(background.Key, background.Name)
                : null;
            best = new MatchedPath(path.Key, path.Name, from, path.Difficulty?.ToString(), Round(match.BestPathBackgroundReadiness));
        }

        return new CareerMatchItem(
            new CareerSummary(career.Key, career.Name, career.Industry, career.ExperienceLevel, career.SalaryMin, career.SalaryMax),
            match.Analysis.ReadinessRounded,
            [.. match.TopGaps.Select(ModelMapping.ToModel)],
            best);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;
}
