using System.Collections.Immutable;

namespace CareerCms.Plugin.Careers;

/// <summary>
/// Immutable path counts at one moment: an entry for every published career and for every industry that has one.
/// Two snapshots are equal when they hold the same counts.
/// </summary>
public sealed class PathCountSnapshot : IEquatable<PathCountSnapshot>
{
    /// <summary>Creates a snapshot from its counts.</summary>
    public PathCountSnapshot(
        ImmutableDictionary<Guid, CareerPathCounts> careers,
        ImmutableDictionary<string, IndustryPathCounts> industries)
    {
        Careers = careers ?? throw new ArgumentNullException(nameof(careers));
        Industries = industries ?? throw new ArgumentNullException(nameof(industries));
    }

    /// <summary>No careers, no paths.</summary>
    public static PathCountSnapshot Empty { get; } = new(
        ImmutableDictionary<Guid, CareerPathCounts>.Empty,
        ImmutableDictionary.Create<string, IndustryPathCounts>(StringComparer.Ordinal));

    /// <summary>Counts per published career key.</summary>
    public ImmutableDictionary<Guid, CareerPathCounts> Careers { get; }

    /// <summary>Counts per industry name (ordinal).</summary>
    public ImmutableDictionary<string, IndustryPathCounts> Industries { get; }

    /// <summary>A career's counts, or null when the career is not published.</summary>
    public CareerPathCounts? ForCareer(Guid careerKey) =>
        Careers.TryGetValue(careerKey, out var counts) ? counts : null;

    /// <summary>An industry's counts; zero when no published career is in it.</summary>
    public IndustryPathCounts ForIndustry(string industry) => Industries.GetValueOrDefault(industry);

    /// <inheritdoc />
    public bool Equals(PathCountSnapshot? other) =>
        other is not null
        && SameEntries(Careers, other.Careers)
        && SameEntries(Industries, other.Industries);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PathCountSnapshot);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Careers.Count, Industries.Count);

    private static bool SameEntries<TKey, TValue>(
        ImmutableDictionary<TKey, TValue> left,
        ImmutableDictionary<TKey, TValue> right)
        where TKey : notnull
        where TValue : struct, IEquatable<TValue> =>
        left.Count == right.Count
        && left.All(entry => right.TryGetValue(entry.Key, out var value) && value.Equals(entry.Value));
}
