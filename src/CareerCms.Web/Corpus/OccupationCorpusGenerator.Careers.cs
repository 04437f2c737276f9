using CareerCms.Plugin.Careers;

namespace CareerCms.Web.Corpus;

public static partial class OccupationCorpusGenerator
{
    /// <summary>Required skills per career: at least this many.</summary>
    public const int MinRequiredSkills = 5;

    /// <summary>Required skills per career: at most this many.</summary>
    public const int MaxRequiredSkills = 9;

    /// <summary>Highest growth rate (percent), given to the occupation with the most desirable transitions.</summary>
    public const int MaxGrowthRate = 60;

    /// <summary>The job zone of an occupation whose job zone is missing.</summary>
    public const int DefaultJobZone = 3;

    /// <summary>How many core skills a sub-sector draws as its own focus (see <see cref="ChooseRequiredSkills"/>).</summary>
    private const int SubSectorPoolSize = 10;

    /// <summary>Share of a career's skills drawn from its sub-sector's focus skills.</summary>
    private const double SubSectorShare = 0.7;

    /// <summary>
    /// ESCO skill groups favoured (weight x3) when a sector that uses the general core skill list draws its
    /// skills, so healthcare careers lean to health and caring, manufacturing to machinery, and so on.
    /// </summary>
    private static readonly IReadOnlyDictionary<int, string[]> SectorAffinity = new Dictionary<int, string[]>
    {
        [1] = ["engineering, manufacturing and construction", "working with machinery and specialised equipment", "assisting and caring"],
        [4] = ["engineering, manufacturing and construction", "working with machinery and specialised equipment", "handling and moving", "attitudes"],
        [5] = ["natural sciences, mathematics and statistics", "engineering, manufacturing and construction", "information skills"],
        [7] = ["education", "communication, collaboration and creativity", "generic programmes and qualifications"],
        [8] = ["engineering, manufacturing and construction", "working with machinery and specialised equipment", "handling and moving"],
        [9] = ["handling and moving", "working with machinery and specialised equipment", "attitudes", "assisting and caring"],
        [10] = ["management skills", "business, administration and law", "information skills"],
        [11] = ["health and welfare", "assisting and caring", "natural sciences, mathematics and statistics"],
        [13] = ["natural sciences, mathematics and statistics", "assisting and caring", "health and welfare"],
        [14] = ["assisting and caring", "communication, collaboration and creativity", "health and welfare"],
    };

    /// <summary>The experience level of a job zone: 1-2 Entry, 3 Mid, 4 Mid-Senior, 5 Senior.</summary>
    public static string ExperienceLevelFor(int jobZone) => jobZone switch
    {
        <= 2 => "Entry",
        3 => "Mid",
        4 => "Mid-Senior",
        _ => "Senior",
    };

    /// <summary>
    /// A USD salary band from UK earnings: GBP x <paramref name="gbpToUsd"/>, then -band .. +band around it, each
    /// end rounded to the nearest 1,000 (the minimum at least 1,000, never above the maximum).
    /// </summary>
    public static (int Min, int Max) SalaryBandFor(double earningsGbp, double gbpToUsd, double band)
    {
        var usd = earningsGbp * gbpToUsd;
        var min = Math.Max(1000, RoundToThousand(usd * (1 - band)));
        var max = Math.Max(min, RoundToThousand(usd * (1 + band)));
        return (min, max);
    }

    /// <summary>
    /// Growth rate (percent, 0..<see cref="MaxGrowthRate"/>) from the number of desirable transitions:
    /// 60 x sqrt(n / the largest n), rounded. The square root spreads the long-tailed counts (median 30 of 199)
    /// over the scale instead of crowding them at the bottom; a missing count is 0.
    /// </summary>
    public static int GrowthRateFor(int? desirableTransitions, int maxDesirableTransitions) =>
        desirableTransitions is not { } n || n <= 0 || maxDesirableTransitions <= 0
            ? 0
            : (int)Math.Round(MaxGrowthRate * Math.Sqrt(Math.Min(1.0, (double)n / maxDesirableTransitions)), MidpointRounding.AwayFromZero);

    /// <summary>
    /// Careers: one <c>career</c> per occupation row under the Careers root, sorted by name.
    /// <list type="bullet">
    /// <item><description>Name: the ESCO title in title case (<see cref="CorpusText.TitleCase"/>); titles that
    /// would clash among siblings (same letters and digits, ignoring case) get " ({ISCO code})", and if that still
    /// clashes " ({ISCO code}-{id})".</description></item>
    /// <item><description>Industry: the skills-based sector's readable name (<see cref="IndustryFor"/>).</description></item>
    /// <item><description>Salary: <see cref="SalaryBandFor"/> of annual_earnings at
    /// <see cref="OccupationCorpusOptions.GbpToUsd"/>; missing earnings take the sub-sector's median (else all
    /// occupations'); currency ["USD"].</description></item>
    /// <item><description>Growth: <see cref="GrowthRateFor"/> of n_desirable. Job zone: job_zone, 3 when missing;
    /// experience level: <see cref="ExperienceLevelFor"/>.</description></item>
    /// <item><description>Summary, description: built from the sector, sub-sector, job zone, earnings, automation
    /// risk, top skills and transition count.</description></item>
    /// <item><description>Required skills: <see cref="ChooseRequiredSkills"/>. Related careers: up to
    /// <see cref="OccupationCorpusOptions.RelatedCareersPerCareer"/> others of the same sub-sector (then sector),
    /// nearest job zone first, then most shared skills, ties broken by a seeded hash.</description></item>
    /// </list>
    /// </summary>
    private static List<CareerModel> BuildCareers(
        List<OccupationRecord> occupations, OccupationSourceData data, SkillSet skills, OccupationCorpusOptions options)
    {
        var names = UniqueCareerNames(occupations);
        var allEarnings = Median(occupations.Select(o => o.AnnualEarningsGbp));
        var subSectorEarnings = occupations
            .GroupBy(o => o.SubSectorCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Median(g.Select(o => o.AnnualEarningsGbp)) ?? allEarnings, StringComparer.Ordinal);
        var maxDesirable = occupations.Max(o => o.DesirableTransitions ?? 0);

        var careers = occupations
            .Select(o =>
            {
                var jobZone = o.JobZone is >= SkillScales.MinJobZone and <= SkillScales.MaxJobZone ? o.JobZone.Value : DefaultJobZone;
                var earnings = o.AnnualEarningsGbp is > 0 ? o.AnnualEarningsGbp : subSectorEarnings.GetValueOrDefault(o.SubSectorCode);
                var (min, max) = SalaryBandFor(earnings ?? 25000, options.GbpToUsd, options.SalaryBand);
                return new CareerModel(o, names[o.Id], IndustryFor(o.SectorCode, o.SectorName), jobZone)
                {
                    EarningsGbp = earnings ?? 25000,
                    EarningsImputed = o.AnnualEarningsGbp is not > 0,
                    SalaryMin = min,
                    SalaryMax = max,
                    GrowthRate = GrowthRateFor(o.DesirableTransitions, maxDesirable),
                };
            })
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Row.Id)
            .ToList();

        var skillLists = new SkillLists(data, skills, options);
        for (var i = 0; i < careers.Count; i++)
        {
            var career = careers[i];
            career.SortOrder = i;
            career.Requirements.AddRange(ChooseRequiredSkills(career, skillLists, options));
            career.SkillMask = new ulong[(skills.All.Count + 63) / 64];
            foreach (var requirement in career.Requirements)
            {
                career.SkillMask[requirement.Skill.SortOrder / 64] |= 1UL << (requirement.Skill.SortOrder % 64);
            }
            career.Profile = new CareerProfile(
                career.Key,
                career.Name,
                career.Requirements.Select(r => new SkillRequirement(r.Skill.Alias, r.Importance, r.Level)).ToList(),
                career.SalaryMin,
                career.SalaryMax,
                career.JobZone);
        }

        var bySubSector = careers.ToLookup(c => c.Row.SubSectorCode, StringComparer.Ordinal);
        var bySector = careers.ToLookup(c => c.Row.SectorCode);
        foreach (var career in careers)
        {
            var ranked = bySubSector[career.Row.SubSectorCode]
                .Concat(bySector[career.Row.SectorCode].Where(c => c.Row.SubSectorCode != career.Row.SubSectorCode))
                .Where(c => c != career)
                .Select(c => (Career: c, Tier: c.Row.SubSectorCode == career.Row.SubSectorCode ? 0 : 1))
                .OrderBy(x => x.Tier)
                .ThenBy(x => Math.Abs(x.Career.JobZone - career.JobZone))
                .ThenByDescending(x => Shared(career, x.Career))
                .ThenBy(x => PairHash(options.Seed, RelatedSalt, career, x.Career))
                .Take(options.RelatedCareersPerCareer)
                .Select(x => x.Career);
            career.Related.AddRange(ranked);
        }

        return careers;
    }

    /// <summary>
    /// Required skills of a career: 5-9 <c>skillRequirement</c> blocks (the count drawn with the seeded generator)
    /// from its sector's core skill list: the sector's own file for arts, business &amp; administration, ICT and
    /// sales &amp; services, else the general file.
    /// <list type="bullet">
    /// <item><description>Each skill's rank p in its list runs from 0 (best) to 1: the position by effect (file
    /// order), averaged with the position by coreness in the general file, which has that column.</description></item>
    /// <item><description>Each sub-sector draws 10 focus skills from its list, weighted by 1 - 0.75p (x3 for ESCO
    /// groups that suit the sector, see the affinity table); a career takes about 70% of its skills from its
    /// sub-sector's focus and the rest from the whole list, with the same weights, without repeats. Careers of a
    /// sub-sector therefore share skills, as real neighbours do.</description></item>
    /// <item><description>Importance (2-5): 5 for the top quarter of ranks, 4, 3, then 2; one in four is one lower
    /// (not below 2).</description></item>
    /// <item><description>Level (1-6): the job zone, +1 for importance 4-5, -1 for one in three, clamped to
    /// 1-6.</description></item>
    /// <item><description>Blocks are ordered by importance, then level (both descending), then skill name; each
    /// block key is <see cref="CorpusKeys.RequiredSkillBlock"/>.</description></item>
    /// </list>
    /// </summary>
    private static List<Requirement> ChooseRequiredSkills(CareerModel career, SkillLists lists, OccupationCorpusOptions options)
    {
        var list = lists.For(career.Row.SectorCode);
        var pool = lists.PoolFor(career.Row);
        double Weight(RankedSkill r) => lists.Weight(r, career.Row.SectorCode);
        var random = new CorpusRandom(options.Seed, Inv($"career-skills:{career.Row.Id}"));
        var count = random.Next(MinRequiredSkills, MaxRequiredSkills + 1);
        var fromPool = (int)Math.Round(count * SubSectorShare, MidpointRounding.AwayFromZero);
        var chosen = random.WeightedSample(pool, Weight, fromPool);
        var taken = chosen.Select(r => r.Skill.Id).ToHashSet();
        chosen.AddRange(random.WeightedSample(list.Where(r => !taken.Contains(r.Skill.Id)).ToList(), Weight, count - chosen.Count));

        return chosen
            .Select(r =>
            {
                var importance = 5 - Math.Min(3, (int)(r.Percentile * 4));
                if (random.Chance(0.25))
                {
                    importance = Math.Max(2, importance - 1);
                }

                var level = career.JobZone + (importance >= 4 ? 1 : 0) - (random.Chance(1.0 / 3) ? 1 : 0);
                return new Requirement(r.Skill, importance, Math.Clamp(level, 1, 6));
            })
            .OrderByDescending(r => r.Importance)
            .ThenByDescending(r => r.Level)
            .ThenBy(r => r.Skill.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static CorpusNode CareerNode(CareerModel career, OccupationCorpusOptions options)
    {
        var row = career.Row;
        var blocks = career.Requirements
            .Select(r => new CorpusBlock(
                CorpusContentTypes.SkillRequirementElementKey,
                CorpusKeys.RequiredSkillBlock(row.Id, r.Skill.Id),
                [
                    new CorpusBlockValue("Umbraco.ContentPicker", "skill", CorpusValues.DocumentUdi(r.Skill.Key)),
                    new CorpusBlockValue("Umbraco.Integer", "importance", r.Importance),
                    new CorpusBlockValue("Umbraco.Integer", "level", r.Level),
                ]))
            .ToList();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["summary"] = CareerSummary(career),
            ["description"] = CorpusValues.Paragraphs(CareerDescription(career, options)),
            ["salaryMin"] = CorpusValues.Integer(career.SalaryMin),
            ["salaryMax"] = CorpusValues.Integer(career.SalaryMax),
            ["salaryCurrency"] = CorpusValues.Dropdown(CorpusContentTypes.Currency),
            ["growthRate"] = CorpusValues.Integer(career.GrowthRate),
            ["experienceLevel"] = CorpusValues.Dropdown(ExperienceLevelFor(career.JobZone)),
            ["industry"] = CorpusValues.Dropdown(career.Industry),
            ["jobZone"] = CorpusValues.Integer(career.JobZone),
            ["requiredSkills"] = CorpusValues.BlockList(blocks),
            ["relatedCareers"] = CorpusValues.DocumentUdis(career.Related.Select(c => c.Key)),
            ["pathCounts"] = null, // computed by the plugin; never stored
        };
        return new CorpusNode(
            career.Key, CorpusKeys.CareersRoot, CorpusContentTypes.Career, career.Name, values, career.SortOrder,
            options.BaseDate.AddDays(2).AddMinutes(career.SortOrder), true);
    }

    /// <summary>O*NET's wording of the preparation a job zone needs.</summary>
    private static string PreparationFor(int jobZone) => jobZone switch
    {
        1 => "little or no preparation",
        2 => "some preparation",
        3 => "medium preparation",
        4 => "considerable preparation",
        _ => "extensive preparation",
    };

    private static string CareerSummary(CareerModel career) =>
        Inv($"{CorpusText.SentenceCase(CorpusText.Article(career.Industry))} {career.Industry} occupation among {GroupName(career.Row.SubSectorName)}, needing {PreparationFor(career.JobZone)} (job zone {career.JobZone}).");

    private static string[] CareerDescription(CareerModel career, OccupationCorpusOptions options)
    {
        var row = career.Row;
        var sector = row.SectorName.Length > 0 ? Inv($" of the {GroupName(row.SectorName)} sector") : string.Empty;
        var isco = row.IscoCode.Length > 0 ? Inv($", ISCO-08 unit group {row.IscoCode}") : string.Empty;
        var first = Inv($"{career.Name} is an ESCO occupation{isco}. In Nesta's Career Causeways data it belongs to the {GroupName(row.SubSectorName)} group{sector}.");
        var earnings = career.EarningsImputed
            ? Inv($"UK earnings are not recorded for it; the salary range uses the median of its group, about £{CorpusText.Thousands(career.EarningsGbp)} a year.")
            : Inv($"Typical UK earnings are about £{CorpusText.Thousands(career.EarningsGbp)} a year, about ${CorpusText.Thousands(career.EarningsGbp * options.GbpToUsd)} at {options.GbpToUsd} US dollars to the pound.");
        var riskLevel = row.RiskCategory.Replace(" risk", string.Empty, StringComparison.OrdinalIgnoreCase).Trim().ToLowerInvariant();
        var risk = riskLevel.Length > 0 ? Inv($" Career Causeways rates its risk of automation as {riskLevel}.") : string.Empty;
        var second = Inv($"The work needs {PreparationFor(career.JobZone)} (O*NET job zone {career.JobZone}). {earnings}{risk}");
        var top = CorpusText.List(career.Requirements.Take(3).Select(r => r.Skill.Source.Name).ToList());
        var transitions = row.DesirableTransitions is { } n
            ? Inv($" Career Causeways counts {n} desirable transitions from it to other occupations.")
            : string.Empty;
        var third = Inv($"Its most important skills: {top}.{transitions}");
        return [first, second, third];
    }

    /// <summary>A Career Causeways group name in running text: "ict" as "ICT", the rest as in the file.</summary>
    private static string GroupName(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Equals("ict", StringComparison.OrdinalIgnoreCase) ? "ICT" : w));

    private static Dictionary<int, string> UniqueCareerNames(List<OccupationRecord> occupations)
    {
        var names = occupations.ToDictionary(o => o.Id, o => CorpusText.TitleCase(o.Name));
        var suffixes = new Func<OccupationRecord, string>[]
        {
            o => o.IscoCode.Length > 0 ? Inv($" ({o.IscoCode})") : Inv($" ({o.Id})"),
            o => Inv($" ({o.IscoCode}-{o.Id})"),
        };
        foreach (var suffix in suffixes)
        {
            var clashes = occupations.GroupBy(o => CorpusText.NameKey(names[o.Id])).Where(g => g.Count() > 1).SelectMany(g => g).ToList();
            foreach (var occupation in clashes)
            {
                names[occupation.Id] = CorpusText.TitleCase(occupation.Name) + suffix(occupation);
            }
        }

        return names;
    }

    private static double? Median(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().Where(v => v > 0).Order().ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var mid = known.Count / 2;
        return known.Count % 2 == 1 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
    }

    private const ulong RelatedSalt = 0x52454C41544544UL;

    private const ulong PathSalt = 0x50415448UL;

    /// <summary>The number of required skills two careers share.</summary>
    private static int Shared(CareerModel a, CareerModel b)
    {
        var shared = 0;
        for (var i = 0; i < a.SkillMask.Length; i++)
        {
            shared += System.Numerics.BitOperations.PopCount(a.SkillMask[i] & b.SkillMask[i]);
        }

        return shared;
    }

    /// <summary>A seeded hash of an ordered pair of careers, for tie-breaks and jitter.</summary>
    private static ulong PairHash(int seed, ulong salt, CareerModel a, CareerModel b) =>
        CorpusRandom.Mix(CorpusRandom.Mix((ulong)(uint)seed ^ salt) ^ (((ulong)(uint)a.Row.Id << 32) | (uint)b.Row.Id));

    private sealed record Requirement(SkillModel Skill, int Importance, int Level);

    /// <summary>A skill in one core skill list, with its rank as a fraction (0 best, 1 last). Compared by reference.</summary>
    private sealed class RankedSkill(SkillModel skill, CoreSkillRecord record, double percentile)
    {
        public SkillModel Skill { get; } = skill;

        public CoreSkillRecord Record { get; } = record;

        public double Percentile { get; } = percentile;
    }

    private sealed class CareerModel(OccupationRecord row, string name, string industry, int jobZone)
    {
        public OccupationRecord Row { get; } = row;

        public string Name { get; } = name;

        public string Industry { get; } = industry;

        public int JobZone { get; } = jobZone;

        public Guid Key { get; } = CorpusKeys.Career(row.Id);

        public double EarningsGbp { get; init; }

        public bool EarningsImputed { get; init; }

        public int SalaryMin { get; init; }

        public int SalaryMax { get; init; }

        public int GrowthRate { get; init; }

        public int SortOrder { get; set; }

        public List<Requirement> Requirements { get; } = [];

        /// <summary>One bit per skill (by skill sort order) the career requires.</summary>
        public ulong[] SkillMask { get; set; } = [];

        public CareerProfile Profile { get; set; } = null!;

        public List<CareerModel> Related { get; } = [];
    }

    /// <summary>The ranked core skill lists, the sub-sector focus pools and the draw weights.</summary>
    private sealed class SkillLists
    {
        private readonly Dictionary<string, List<RankedSkill>> _lists = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<RankedSkill>> _pools = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Sector, RankedSkill Skill), double> _weights = [];
        private readonly OccupationCorpusOptions _options;

        public SkillLists(OccupationSourceData data, SkillSet skills, OccupationCorpusOptions options)
        {
            _options = options;
            foreach (var (name, records) in data.CoreSkills)
            {
                if (records.Count == 0)
                {
                    continue;
                }

                var last = Math.Max(1, records.Count - 1);
                var byCoreness = records.Any(r => r.Coreness is not null)
                    ? records.OrderByDescending(r => r.Coreness ?? double.MinValue).ThenBy(r => r.Rank).Select((r, i) => (r.SkillId, i)).ToDictionary(x => x.SkillId, x => x.i)
                    : null;
                _lists[name] = records
                    .GroupBy(r => r.SkillId)
                    .Select(g => g.First())
                    .Select(r => new RankedSkill(
                        skills[r.SkillId],
                        r,
                        byCoreness is null ? (double)r.Rank / last : (r.Rank + byCoreness[r.SkillId]) / (2.0 * last)))
                    .ToList();
            }
        }

        public List<RankedSkill> For(int sectorCode) =>
            _lists.GetValueOrDefault(CoreSkillLists.ForSector(sectorCode)) ?? _lists[CoreSkillLists.General];

        public List<RankedSkill> PoolFor(OccupationRecord row)
        {
            if (!_pools.TryGetValue(row.SubSectorCode, out var pool))
            {
                var random = new CorpusRandom(_options.Seed, Inv($"sub-sector-skills:{row.SubSectorCode}"));
                pool = random.WeightedSample(For(row.SectorCode), r => Weight(r, row.SectorCode), SubSectorPoolSize);
                _pools[row.SubSectorCode] = pool;
            }

            return pool;
        }

        public double Weight(RankedSkill skill, int sectorCode)
        {
            if (!_weights.TryGetValue((sectorCode, skill), out var weight))
            {
                weight = (1 - (0.75 * skill.Percentile)) *
                    (SectorAffinity.TryGetValue(sectorCode, out var groups) && groups.Contains(skill.Record.Category, StringComparer.OrdinalIgnoreCase) ? 3 : 1);
                _weights[(sectorCode, skill)] = weight;
            }

            return weight;
        }
    }
}
