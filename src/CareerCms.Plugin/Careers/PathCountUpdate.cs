namespace CareerCms.Plugin.Careers;

/// <summary>What one change to a <see cref="PathCountStore"/> altered, so callers re-index only that.</summary>
/// <param name="ChangedCareerKeys">Careers whose counts changed, appeared or disappeared.</param>
/// <param name="ChangedIndustries">Industries whose counts changed, appeared or disappeared.</param>
public sealed record PathCountUpdate(IReadOnlyList<Guid> ChangedCareerKeys, IReadOnlyList<string> ChangedIndustries)
{
    /// <summary>Whether anything changed.</summary>
    public bool HasChanges => ChangedCareerKeys.Count > 0 || ChangedIndustries.Count > 0;

    /// <summary>The entries that differ between two snapshots, looking only at the given keys.</summary>
    internal static PathCountUpdate Between(
        PathCountSnapshot before,
        PathCountSnapshot after,
        IEnumerable<Guid> careerKeys,
        IEnumerable<string> industries) =>
        new(
            [.. careerKeys.Distinct().Where(key => before.ForCareer(key) != after.ForCareer(key)).Order()],
            [.. industries.Distinct(StringComparer.Ordinal)
                .Where(industry => before.Industries.TryGetValue(industry, out var old) != after.Industries.TryGetValue(industry, out var current)
                    || old != current)
                .Order(StringComparer.Ordinal)]);
}
