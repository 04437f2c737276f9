namespace CareerCms.Web.Corpus;

/// <summary>The Career Causeways files as read by <see cref="OccupationCorpusReader"/>.</summary>
/// <param name="Occupations">occupations.csv, in file order (1,627 rows).</param>
/// <param name="Sectors">skills_based_sectors.csv: one row per sub-sector.</param>
/// <param name="CoreSkills">
/// The sector core skill lists by name: <see cref="CoreSkillLists.General"/> (sector_core_skills.csv) and the
/// sector-specific lists (sector_core_skills_{name}.csv), each in file order, which is the order of effect.
/// </param>
public sealed record OccupationSourceData(
    IReadOnlyList<OccupationRecord> Occupations,
    IReadOnlyList<SectorRecord> Sectors,
    IReadOnlyDictionary<string, IReadOnlyList<CoreSkillRecord>> CoreSkills);

/// <summary>One row of occupations.csv (the columns the corpus uses; numbers are null when the field is empty).</summary>
public sealed record OccupationRecord
{
    /// <summary>The row id (column <c>id</c>), unique.</summary>
    public required int Id { get; init; }

    /// <summary>The ESCO occupation title, lower case as in the file (column <c>occupation</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The 4-digit ISCO-08 unit group (column <c>isco_code</c>).</summary>
    public required string IscoCode { get; init; }

    /// <summary>The skills-based sector code, 1-14.</summary>
    public required int SectorCode { get; init; }

    /// <summary>The skills-based sector name, e.g. "manufacturing workers".</summary>
    public required string SectorName { get; init; }

    /// <summary>The sub-sector code, e.g. "4.1".</summary>
    public required string SubSectorCode { get; init; }

    /// <summary>The sub-sector name, e.g. "metal workers &amp; machine operators".</summary>
    public required string SubSectorName { get; init; }

    /// <summary>Automation risk category, e.g. "Lower risk".</summary>
    public string RiskCategory { get; init; } = string.Empty;

    /// <summary>O*NET job zone 1-5 (the file writes "2.0"), null when missing.</summary>
    public int? JobZone { get; init; }

    /// <summary>O*NET education level (1-12 scale, averaged), null when missing.</summary>
    public double? EducationLevel { get; init; }

    /// <summary>O*NET related work experience (1-11 scale, averaged), null when missing.</summary>
    public double? RelatedWorkExperience { get; init; }

    /// <summary>O*NET on-the-job training (1-9 scale, averaged), null when missing.</summary>
    public double? OnTheJobTraining { get; init; }

    /// <summary>UK annual earnings in GBP, null when missing.</summary>
    public double? AnnualEarningsGbp { get; init; }

    /// <summary>Remote labour index 0-1, null when missing.</summary>
    public double? RemoteLaborIndex { get; init; }

    /// <summary>Number of desirable transitions from this occupation, null when missing.</summary>
    public int? DesirableTransitions { get; init; }

    /// <summary>Number of safe and desirable transitions, null when missing.</summary>
    public int? SafeDesirableTransitions { get; init; }

    /// <summary>The ESCO concept URI.</summary>
    public string ConceptUri { get; init; } = string.Empty;
}

/// <summary>One row of skills_based_sectors.csv.</summary>
/// <param name="SectorCode">The sector code, 1-14.</param>
/// <param name="SectorName">The sector name.</param>
/// <param name="SubSectorCode">The sub-sector code, e.g. "1.1".</param>
/// <param name="SubSectorName">The sub-sector name (trimmed).</param>
public sealed record SectorRecord(int SectorCode, string SectorName, string SubSectorCode, string SubSectorName);

/// <summary>One row of a sector_core_skills*.csv file.</summary>
public sealed record CoreSkillRecord
{
    /// <summary>The ESCO skill id of the Career Causeways data (column <c>skill_id</c>).</summary>
    public required int SkillId { get; init; }

    /// <summary>The ESCO skill label, as in the file (mostly lower case), e.g. "manage staff".</summary>
    public required string Name { get; init; }

    /// <summary>0-based position in its file: the files are sorted by effect (new safe and desirable transitions).</summary>
    public required int Rank { get; init; }

    /// <summary>Average number of new safe and desirable transitions the skill opens.</summary>
    public double AverageNewSafeDesirable { get; init; }

    /// <summary>Whether the effect is statistically significant.</summary>
    public bool SignificantEffect { get; init; }

    /// <summary>How central the skill is (only in the general file), null elsewhere.</summary>
    public double? Coreness { get; init; }

    /// <summary>ESCO skill group, e.g. "management skills".</summary>
    public required string Category { get; init; }

    /// <summary>ESCO skill sub-group, e.g. "supervising people".</summary>
    public required string Subcategory { get; init; }
}

/// <summary>Names of the core skill lists: the file names' suffixes.</summary>
public static class CoreSkillLists
{
    /// <summary>sector_core_skills.csv, for every sector without its own list.</summary>
    public const string General = "general";

    /// <summary>Arts &amp; media workers (sector 6).</summary>
    public const string Arts = "arts";

    /// <summary>Business &amp; administration workers (sector 2).</summary>
    public const string BusinessAdmin = "business_admin";

    /// <summary>ICT workers (sector 12).</summary>
    public const string Ict = "ict";

    /// <summary>Sales &amp; services workers (sector 3).</summary>
    public const string Services = "services";

    /// <summary>The sector-specific lists, in file-name order.</summary>
    public static readonly IReadOnlyList<string> SectorSpecific = [Arts, BusinessAdmin, Ict, Services];

    /// <summary>The list a skills-based sector uses: its own when it has one, else the general list.</summary>
    public static string ForSector(int sectorCode) => sectorCode switch
    {
        2 => BusinessAdmin,
        3 => Services,
        6 => Arts,
        12 => Ict,
        _ => General,
    };
}
