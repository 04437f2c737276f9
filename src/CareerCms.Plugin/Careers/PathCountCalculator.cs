using System.Collections.Immutable;

namespace CareerCms.Plugin.Careers;

/// <summary>
/// Counts paths from scratch. A path counts when its target career is published; it adds to its
/// <c>fromCareer</c>'s outgoing count when that career is published too.
/// </summary>
public static class PathCountCalculator
{
    /// <summary>Counts every published career's and industry's paths; a key given twice keeps its last value.</summary>
    public static PathCountSnapshot Calculate(
        IEnumerable<PublishedCareer> careers,
        IEnumerable<PublishedTransitionPath> paths)
    {
        ArgumentNullException.ThrowIfNull(careers);
        ArgumentNullException.ThrowIfNull(paths);
        var careersByKey = LastByKey(careers, career => career.Key);
        var counts = careersByKey.Keys.ToDictionary(key => key, _ => default(CareerPathCounts));
        foreach (var path in LastByKey(paths, path => path.Key).Values)
        {
            if (!counts.TryGetValue(path.TargetCareerKey, out var target))
            {
                continue;
            }

            counts[path.TargetCareerKey] = target.WithIncoming(path.Difficulty);
            if (path.FromCareerKey is { } from && counts.TryGetValue(from, out var background))
            {
                counts[from] = background.WithOutgoing();
            }
        }

        var industries = ImmutableDictionary.CreateBuilder<string, IndustryPathCounts>(StringComparer.Ordinal);
        foreach (var career in careersByKey.Values.Where(career => !string.IsNullOrWhiteSpace(career.Industry)))
        {
            industries[career.Industry!] = industries.GetValueOrDefault(career.Industry!).Plus(counts[career.Key]);
        }

        return new PathCountSnapshot(counts.ToImmutableDictionary(), industries.ToImmutable());
    }

    private static Dictionary<Guid, T> LastByKey<T>(IEnumerable<T> items, Func<T, Guid> keyOf)
    {
        var byKey = new Dictionary<Guid, T>();
        foreach (var item in items)
        {
            byKey[keyOf(item)] = item;
        }

        return byKey;
    }
}
