using System.Globalization;

namespace CareerCms.Web.Corpus;

/// <summary>
/// Reads the Career Causeways files (occupations.csv, skills_based_sectors.csv, sector_core_skills*.csv) with
/// <see cref="CsvParser"/>. The folder is given explicitly or found by walking up from a start directory (the
/// content root, a test's bin folder, the current directory) to one holding <c>shared/data/occupations</c>.
/// </summary>
public static class OccupationCorpusReader
{
    /// <summary>Where the data folder sits below some ancestor of the repository.</summary>
    public static readonly string DataFolderRelativePath = Path.Combine("shared", "data", "occupations");

    /// <summary>The occupations file name.</summary>
    public const string OccupationsFile = "occupations.csv";

    /// <summary>The sectors file name.</summary>
    public const string SectorsFile = "skills_based_sectors.csv";

    /// <summary>
    /// The data folder in <paramref name="startDirectory"/> or its nearest ancestor: either the directory itself
    /// when it holds occupations.csv, or its <c>shared/data/occupations</c>. Null when none has it.
    /// </summary>
    public static string? FindDataFolder(string startDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(startDirectory);
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, OccupationsFile)) &&
                File.Exists(Path.Combine(dir.FullName, CoreSkillFile(CoreSkillLists.General))))
            {
                return dir.FullName;
            }

            var candidate = Path.Combine(dir.FullName, DataFolderRelativePath);
            if (File.Exists(Path.Combine(candidate, OccupationsFile)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The data folder found from the first start directory that leads to one (null entries are skipped); by
    /// default the application base directory and the current directory.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No start directory leads to the data.</exception>
    public static string LocateDataFolder(params string?[] startDirectories)
    {
        string[] starts = startDirectories.Length > 0
            ? [.. startDirectories.OfType<string>()]
            : [AppContext.BaseDirectory, Directory.GetCurrentDirectory()];
        foreach (var start in starts)
        {
            if (Directory.Exists(start) && FindDataFolder(start) is { } found)
            {
                return found;
            }
        }

        throw new DirectoryNotFoundException(
            $"No '{DataFolderRelativePath}' folder with {OccupationsFile} above: {string.Join(", ", starts)}.");
    }

    /// <summary>The file name of a core skill list: sector_core_skills.csv or sector_core_skills_{list}.csv.</summary>
    public static string CoreSkillFile(string list) =>
        list == CoreSkillLists.General ? "sector_core_skills.csv" : $"sector_core_skills_{list}.csv";

    /// <summary>Reads every file of the data folder.</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="FormatException">A file is not the expected CSV.</exception>
    public static OccupationSourceData Read(string dataFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        var occupations = ReadRows(dataFolder, OccupationsFile).Select(ToOccupation).ToList();
        var sectors = File.Exists(Path.Combine(dataFolder, SectorsFile))
            ? ReadRows(dataFolder, SectorsFile).Select(ToSector).ToList()
            : [];
        var coreSkills = new Dictionary<string, IReadOnlyList<CoreSkillRecord>>(StringComparer.Ordinal);
        foreach (var list in (string[])[CoreSkillLists.General, .. CoreSkillLists.SectorSpecific])
        {
            coreSkills[list] = ReadRows(dataFolder, CoreSkillFile(list)).Select(ToCoreSkill).ToList();
        }

        return new OccupationSourceData(occupations, sectors, coreSkills);
    }

    /// <summary>Finds the data folder (see <see cref="LocateDataFolder"/>) and reads it.</summary>
    public static OccupationSourceData ReadDefault(params string?[] startDirectories) =>
        Read(LocateDataFolder(startDirectories));

    private static List<IReadOnlyDictionary<string, string>> ReadRows(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The occupations data file {file} is missing.", path);
        }

        try
        {
            return CsvParser.ParseWithHeader(File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{file}: {ex.Message}", ex);
        }
    }

    private static OccupationRecord ToOccupation(IReadOnlyDictionary<string, string> row, int index) => new()
    {
        Id = RequiredInt(row, "id", index),
        Name = Required(row, "occupation", index).Trim(),
        IscoCode = row.GetValueOrDefault("isco_code", string.Empty).Trim(),
        SectorCode = RequiredInt(row, "skills_based_sector_code", index),
        SectorName = row.GetValueOrDefault("skills_based_sector", string.Empty).Trim(),
        SubSectorCode = row.GetValueOrDefault("sub_sector_code", string.Empty).Trim(),
        SubSectorName = row.GetValueOrDefault("sub_sector", string.Empty).Trim(),
        RiskCategory = row.GetValueOrDefault("risk_category", string.Empty).Trim(),
        JobZone = Number(row, "job_zone") is { } zone ? (int)Math.Round(zone, MidpointRounding.AwayFromZero) : null,
        EducationLevel = Number(row, "education_level"),
        RelatedWorkExperience = Number(row, "related_work_experience"),
        OnTheJobTraining = Number(row, "on_the_job_training"),
        AnnualEarningsGbp = Number(row, "annual_earnings"),
        RemoteLaborIndex = Number(row, "remote_labor_index"),
        DesirableTransitions = Number(row, "n_desirable") is { } n ? (int)Math.Round(n) : null,
        SafeDesirableTransitions = Number(row, "n_safe_desirable") is { } s ? (int)Math.Round(s) : null,
        ConceptUri = row.GetValueOrDefault("concept_uri", string.Empty).Trim(),
    };

    private static SectorRecord ToSector(IReadOnlyDictionary<string, string> row, int index) => new(
        RequiredInt(row, "skills_based_sector_code", index),
        row.GetValueOrDefault("skills_based_sector", string.Empty).Trim(),
        row.GetValueOrDefault("sub_sector_code", string.Empty).Trim(),
        row.GetValueOrDefault("sub_sector", string.Empty).Trim());

    private static CoreSkillRecord ToCoreSkill(IReadOnlyDictionary<string, string> row, int index) => new()
    {
        SkillId = RequiredInt(row, "skill_id", index),
        Name = Required(row, "esco_skill", index).Trim(),
        Rank = index,
        AverageNewSafeDesirable = Number(row, "avg_new_safe_desirable") ?? 0,
        SignificantEffect = bool.TryParse(row.GetValueOrDefault("significant_effect"), out var significant) && significant,
        Coreness = Number(row, "coreness"),
        Category = row.GetValueOrDefault("esco_skill_category", string.Empty).Trim(),
        Subcategory = row.GetValueOrDefault("esco_skill_subcategory", string.Empty).Trim(),
    };

    private static string Required(IReadOnlyDictionary<string, string> row, string column, int index) =>
        row.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new FormatException($"Row {index + 2} has no '{column}'.");

    private static int RequiredInt(IReadOnlyDictionary<string, string> row, string column, int index) =>
        Number(row, column) is { } number && number == Math.Floor(number)
            ? (int)number
            : throw new FormatException($"Row {index + 2}: '{column}' is not a whole number.");

    private static double? Number(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var text) && !string.IsNullOrWhiteSpace(text) &&
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) &&
        double.IsFinite(value)
            ? value
            : null;
}
