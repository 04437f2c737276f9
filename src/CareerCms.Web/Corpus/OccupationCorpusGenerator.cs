using System.Globalization;
using CareerCms.Plugin.Careers;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Corpus;

/// <summary>
/// Turns the Career Causeways occupations into an <see cref="OccupationCorpus"/>, deterministically: document
/// keys are name-based UUIDs (<see cref="CorpusKeys"/>), every other choice comes from a <see cref="CorpusRandom"/>
/// seeded with <see cref="OccupationCorpusOptions.Seed"/> and a label of its own, dates are derived from
/// positions, and nothing reads the clock, the culture or <see cref="Random"/>. The same data and options give
/// equal corpora on every machine. The rules are documented on each part below:
/// <list type="bullet">
/// <item><description>Roots: <see cref="CareersRootName"/> (a <c>careersRoot</c>) and <see cref="SkillsRootName"/>
/// (a <c>skillsRoot</c>), with corpus keys distinct from the starter content's, so the corpus can live in a
/// database of its own.</description></item>
/// <item><description>Skills: see <see cref="BuildSkills"/>.</description></item>
/// <item><description>Careers: see <see cref="BuildCareers"/> and <see cref="ChooseRequiredSkills"/>.</description></item>
/// <item><description>Transition paths: see <see cref="ChooseBackgrounds"/> and <see cref="BuildPath"/>.</description></item>
/// </list>
/// </summary>
public static partial class OccupationCorpusGenerator
{
    /// <summary>The careers root's name.</summary>
    public const string CareersRootName = "Careers";

    /// <summary>The skills root's name.</summary>
    public const string SkillsRootName = "Skills";

    /// <summary>The industry of a sector the table does not know (never used by the current data).</summary>
    public const string OtherIndustry = "Other";

    /// <summary>
    /// Readable industry names for the 14 skills-based sectors of Career Causeways (its sector codes). A sector
    /// not in the table gets its own name in title case without a trailing "workers".
    /// </summary>
    public static readonly IReadOnlyDictionary<int, string> IndustryBySector = new Dictionary<int, string>
    {
        [1] = "Construction, Transport & Technical Trades",
        [2] = "Business & Administration",
        [3] = "Sales & Services",
        [4] = "Manufacturing",
        [5] = "Engineering & Research",
        [6] = "Arts & Media",
        [7] = "Education",
        [8] = "Textiles, Clothing & Footwear",
        [9] = "Food & Tobacco Production",
        [10] = "Logistics",
        [11] = "Healthcare",
        [12] = "Information & Communication Technology",
        [13] = "Animal Care & Husbandry",
        [14] = "Social Care",
    };

    /// <summary>Generates the corpus.</summary>
    /// <exception cref="ArgumentException">The data has no occupations or no core skills.</exception>
    public static OccupationCorpus Generate(OccupationSourceData data, OccupationCorpusOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new OccupationCorpusOptions();
        options.Validate();
        var occupations = data.Occupations.OrderBy(o => o.Id).Take(options.MaxCareers ?? int.MaxValue).ToList();
        if (occupations.Count == 0)
        {
            throw new ArgumentException("The data has no occupations.", nameof(data));
        }

        if (!data.CoreSkills.TryGetValue(CoreSkillLists.General, out var general) || general.Count == 0)
        {
            throw new ArgumentException("The data has no general core skill list (sector_core_skills.csv).", nameof(data));
        }

        var skills = BuildSkills(data, options);
        var careers = BuildCareers(occupations, data, skills, options);
        var analyzer = new SkillGapAnalyzer(Options.Create(new SkillGapOptions { WeeklyHours = options.WeeklyHours }));
        var catalog = new SkillCatalog(skills.All.Select(s => new SkillInfo(s.Alias, s.Name, s.LearningHours, s.Prerequisites.Select(p => p.Alias).ToList())));

        var nodes = new List<CorpusNode>(2 + skills.All.Count + (careers.Count * 4))
        {
            new(CorpusKeys.CareersRoot, null, CorpusContentTypes.CareersRoot, CareersRootName, EmptyValues, 0, options.BaseDate, true),
            new(CorpusKeys.SkillsRoot, null, CorpusContentTypes.SkillsRoot, SkillsRootName, EmptyValues, 1, options.BaseDate.AddMinutes(1), true),
        };
        nodes.AddRange(skills.All.Select(s => SkillNode(s, options)));
        nodes.AddRange(careers.Select(c => CareerNode(c, options)));
        var pathIndex = 0;
        foreach (var target in careers)
        {
            var backgrounds = ChooseBackgrounds(target, careers, options);
            for (var i = 0; i < backgrounds.Count; i++)
            {
                var analysis = analyzer.Analyze(backgrounds[i].Profile, target.Profile, catalog);
                nodes.Add(BuildPath(backgrounds[i], target, analysis, i, pathIndex++, options));
            }
        }

        var industries = careers.Select(c => (c.Row.SectorCode, c.Industry))
            .Distinct()
            .OrderBy(i => i.Industry == OtherIndustry ? 1 : 0)
            .ThenBy(i => i.SectorCode)
            .Select(i => i.Industry)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new OccupationCorpus(nodes, industries);
    }

    /// <summary>The industry name of a sector (see <see cref="IndustryBySector"/>).</summary>
    public static string IndustryFor(int sectorCode, string sectorName)
    {
        if (IndustryBySector.TryGetValue(sectorCode, out var industry))
        {
            return industry;
        }

        var name = sectorName.Trim();
        if (name.EndsWith(" workers", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^" workers".Length];
        }

        return name.Length == 0 ? OtherIndustry : CorpusText.TitleCase(name);
    }

    private static readonly IReadOnlyDictionary<string, string?> EmptyValues = System.Collections.ObjectModel.ReadOnlyDictionary<string, string?>.Empty;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static int RoundToThousand(double value) =>
        (int)(Math.Round(value / 1000, MidpointRounding.AwayFromZero) * 1000);
}
