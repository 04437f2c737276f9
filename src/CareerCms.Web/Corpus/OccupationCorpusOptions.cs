namespace CareerCms.Web.Corpus;

/// <summary>Settings of <see cref="OccupationCorpusGenerator"/>. The defaults produce the reference corpus.</summary>
public sealed record OccupationCorpusOptions
{
    /// <summary>The default GBP to USD rate: 1.27, the 2023-2024 average (Bank of England spot rates, rounded).</summary>
    public const double DefaultGbpToUsd = 1.27;

    /// <summary>The seed of every generated choice (see <see cref="CorpusRandom"/>). Keys do not depend on it.</summary>
    public int Seed { get; init; } = 20250106;

    /// <summary>US dollars per pound sterling, applied to the UK annual earnings. Default <see cref="DefaultGbpToUsd"/>.</summary>
    public double GbpToUsd { get; init; } = DefaultGbpToUsd;

    /// <summary>Half-width of the salary band around the converted earnings: 0.15 gives -15% .. +15%.</summary>
    public double SalaryBand { get; init; } = 0.15;

    /// <summary>Create date of the first node; later nodes are a minute apart, by section. UTC.</summary>
    public DateTime BaseDate { get; init; } = new(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Fewest transition paths into each career (at least 1).</summary>
    public int MinPathsPerCareer { get; init; } = 2;

    /// <summary>Most transition paths into each career (at least <see cref="MinPathsPerCareer"/>).</summary>
    public int MaxPathsPerCareer { get; init; } = 3;

    /// <summary>Related careers per career (0 for none).</summary>
    public int RelatedCareersPerCareer { get; init; } = 3;

    /// <summary>Study hours per week behind the path durations (the skill-gap analysis's <c>WeeklyHours</c>).</summary>
    public double WeeklyHours { get; init; } = 10;

    /// <summary>
    /// Only the first N occupations (by id) become careers; null for all. For small benchmark corpora; the choice
    /// of paths then only sees those careers.
    /// </summary>
    public int? MaxCareers { get; init; }

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(GbpToUsd, nameof(GbpToUsd));
        ArgumentOutOfRangeException.ThrowIfNegative(SalaryBand, nameof(SalaryBand));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(SalaryBand, 1, nameof(SalaryBand));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinPathsPerCareer, 1, nameof(MinPathsPerCareer));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPathsPerCareer, MinPathsPerCareer, nameof(MaxPathsPerCareer));
        ArgumentOutOfRangeException.ThrowIfNegative(RelatedCareersPerCareer, nameof(RelatedCareersPerCareer));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(WeeklyHours, nameof(WeeklyHours));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(WeeklyHours, 80, nameof(WeeklyHours));
        if (MaxCareers is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, 2, nameof(MaxCareers));
        }
    }
}
