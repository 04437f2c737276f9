using CareerCms.Plugin.Careers;

namespace CareerCms.Web.Corpus;

public static partial class OccupationCorpusGenerator
{
    /// <summary>Highest engagement baseline of a path.</summary>
    public const int MaxEngagementBaseline = 300;

    /// <summary>Longest path duration in months (the Months data type's maximum).</summary>
    public const int MaxDurationMonths = 120;

    /// <summary>
    /// The backgrounds (the <c>fromCareer</c>s) of the paths into a target: 2-3 other careers (the count drawn
    /// with the seeded generator, bounded by the options), never the target itself and never twice. Candidates
    /// are ranked by tier, then by shared required skills plus a seeded jitter below 1.5 (so near-ties vary
    /// rather than always favouring the same careers): tier 0 same sub-sector and job zone within +-1, tier 1
    /// same sector and job zone within +-1, tier 2 same sector, tier 3 any sector with job zone within +-1,
    /// tier 4 the rest. Small sectors thus still get their paths from neighbouring job zones.
    /// </summary>
    private static List<CareerModel> ChooseBackgrounds(CareerModel target, List<CareerModel> careers, OccupationCorpusOptions options)
    {
        var random = new CorpusRandom(options.Seed, Inv($"paths:{target.Row.Id}"));
        var count = Math.Min(careers.Count - 1, random.Next(options.MinPathsPerCareer, options.MaxPathsPerCareer + 1));

        int Tier(CareerModel c)
        {
            var near = Math.Abs(c.JobZone - target.JobZone) <= 1;
            return c.Row.SectorCode != target.Row.SectorCode
                ? (near ? 3 : 4)
                : c.Row.SubSectorCode == target.Row.SubSectorCode && near ? 0 : near ? 1 : 2;
        }

        double Score(CareerModel c) =>
            Shared(target, c) + (1.5 * (PairHash(options.Seed, PathSalt, target, c) >> 11) * (1.0 / (1UL << 53)));

        var sameSector = careers.Where(c => c != target && c.Row.SectorCode == target.Row.SectorCode).ToList();
        var pool = sameSector.Count >= count
            ? sameSector
            : careers.Where(c => c != target).ToList();
        return pool
            .Select(c => (Career: c, Tier: Tier(c), Score: Score(c)))
            .OrderBy(x => x.Tier)
            .ThenByDescending(x => x.Score)
            .ThenBy(x => x.Career.Row.Id)
            .Take(count)
            .Select(x => x.Career)
            .ToList();
    }

    /// <summary>
    /// A <c>transitionPath</c> under the target career, from a background career, named "{from} to {target}".
    /// Its figures come from the plugin's <see cref="SkillGapAnalyzer"/> on the two careers' generated skills,
    /// so content and the live analysis agree:
    /// <list type="bullet">
    /// <item><description>difficulty: the suggested difficulty (readiness and job-zone rise);</description></item>
    /// <item><description>duration: the effort range in months at <see cref="OccupationCorpusOptions.WeeklyHours"/>,
    /// at least 1 month, the maximum at least one month above the minimum, at most 120;</description></item>
    /// <item><description>salary change: the suggested range from the two salary bands;</description></item>
    /// <item><description>headline "From X to Y: ..." by difficulty, a narrative naming transferable skills, gaps
    /// and readiness, and advice on the first gaps to close;</description></item>
    /// <item><description>engagement baseline: 300 x u² for a seeded u in [0, 1) (most paths have few starts, a
    /// few have many); roadmap: none.</description></item>
    /// </list>
    /// </summary>
    private static CorpusNode BuildPath(
        CareerModel from, CareerModel target, SkillGapAnalysis analysis, int sortOrder, int pathIndex, OccupationCorpusOptions options)
    {
        var minMonths = Math.Clamp(analysis.Effort.MinMonths, 1, MaxDurationMonths - 1);
        var maxMonths = Math.Clamp(Math.Max(analysis.Effort.MaxMonths, minMonths + 1), minMonths + 1, MaxDurationMonths);
        var salary = analysis.SuggestedSalaryChange ?? new SalaryChange(0, 0);
        var difficulty = analysis.SuggestedDifficulty.ToString();
        var random = new CorpusRandom(options.Seed, Inv($"engagement:{target.Row.Id}:{from.Row.Id}"));
        var u = random.NextDouble();
        var engagement = Math.Min(MaxEngagementBaseline, (int)(u * u * (MaxEngagementBaseline + 1)));

        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["fromCareer"] = CorpusValues.DocumentUdi(from.Key),
            ["headline"] = Headline(from, target, analysis.SuggestedDifficulty, minMonths, maxMonths),
            ["narrative"] = CorpusValues.Paragraphs(Narrative(from, target, analysis, minMonths, maxMonths, options)),
            ["difficulty"] = CorpusValues.Dropdown(difficulty),
            ["durationMinMonths"] = CorpusValues.Integer(minMonths),
            ["durationMaxMonths"] = CorpusValues.Integer(maxMonths),
            ["salaryChangeMinPercent"] = CorpusValues.Integer(salary.MinPercent),
            ["salaryChangeMaxPercent"] = CorpusValues.Integer(salary.MaxPercent),
            ["engagementBaseline"] = CorpusValues.Integer(engagement),
            ["roadmap"] = null,
            ["skillGap"] = null, // computed by the plugin; never stored
            ["engagement"] = null,
            ["advice"] = CorpusValues.Paragraphs(Advice(target, analysis, salary)),
        };
        return new CorpusNode(
            CorpusKeys.Path(target.Row.Id, from.Row.Id), target.Key, CorpusContentTypes.TransitionPath,
            Inv($"{from.Name} to {target.Name}"), values, sortOrder,
            options.BaseDate.AddDays(4).AddMinutes(pathIndex), true);
    }

    private static string Headline(CareerModel from, CareerModel target, TransitionDifficulty difficulty, int minMonths, int maxMonths)
    {
        var tail = difficulty switch
        {
            TransitionDifficulty.Easy when from.Industry == target.Industry => Inv($"A Short Step Within {target.Industry}"),
            TransitionDifficulty.Easy => Inv($"An Easy Move into {target.Industry}"),
            TransitionDifficulty.Moderate => Inv($"Your {minMonths}-Month Bridge to {target.Industry}"),
            _ => Inv($"A {maxMonths}-Month Plan for a Bigger Leap"),
        };
        return Inv($"From {from.Name} to {target.Name}: {tail}");
    }

    private static string[] Narrative(
        CareerModel from, CareerModel target, SkillGapAnalysis analysis, int minMonths, int maxMonths, OccupationCorpusOptions options)
    {
        var readiness = (int)Math.Round(analysis.Readiness, MidpointRounding.AwayFromZero);
        var transferable = analysis.TransferableSkills.Take(3).Select(s => Lower(s.SkillName)).ToList();
        var opening = transferable.Count > 0
            ? Inv($"As {CorpusText.Article(from.Name)} {from.Name} you already work at the level {CorpusText.Article(target.Name)} {target.Name} needs in {CorpusText.List(transferable)}, which puts your readiness at about {readiness}%.")
            : Inv($"As {CorpusText.Article(from.Name)} {from.Name} you start at a readiness of about {readiness}% for the {target.Name} role: it asks for skills you use at a lower level or not yet.");
        var gaps = analysis.Gaps.Take(3).Select(g => Inv($"{Lower(g.SkillName)} (level {g.CurrentLevel} to {g.RequiredLevel})")).ToList();
        var gapText = gaps.Count > 0 ? Inv($" The main gaps are {CorpusText.List(gaps)}.") : " You already meet every required level.";
        var sector = from.Industry == target.Industry
            ? Inv($" Both roles are in {target.Industry}, so what you know of the sector carries over too.")
            : Inv($" The move takes you from {from.Industry} into {target.Industry}.");
        var zone = analysis.JobZoneRise switch
        {
            > 0 => Inv($" The new role needs more preparation (job zone {from.JobZone} to {target.JobZone})."),
            < 0 => Inv($" The new role needs less formal preparation than your current one (job zone {from.JobZone} to {target.JobZone})."),
            _ => string.Empty,
        };
        var hours = options.WeeklyHours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        var time = Inv($" At {hours} hours of study a week, expect about {minMonths}-{maxMonths} months.");
        return [opening + gapText + sector + zone + time];
    }

    private static string[] Advice(CareerModel target, SkillGapAnalysis analysis, SalaryChange salary)
    {
        var first = analysis.Gaps.Take(2).Select(g => Lower(g.SkillName)).ToList();
        var start = first.Count > 0
            ? Inv($"Start with {CorpusText.List(first)}: {(first.Count == 1 ? "it weighs" : "they weigh")} most in the gap between the two roles.")
            : Inv($"Your skills already cover what {CorpusText.Article(target.Name)} {target.Name} needs; put that experience first in your applications.");
        var preparation = analysis.JobZoneRise > 0
            ? " The target role usually asks for more formal preparation, so look for a recognised course, apprenticeship or certificate."
            : string.Empty;
        var pay = Inv($" Expect pay to change by {CorpusText.SignedPercent(salary.MinPercent)} to {CorpusText.SignedPercent(salary.MaxPercent)}.");
        var people = Inv($" Ask people already working in the {target.Name} role what evidence of these skills they look for.");
        return [start + preparation + pay + people];
    }

    /// <summary>A skill name inside a sentence: the first letter lower-cased unless the first word is an initialism (CAD, ICT).</summary>
    private static string Lower(string name)
    {
        var firstWord = name.Split(' ', 2)[0];
        return name.Length > 1 && firstWord.Skip(1).Any(char.IsUpper)
            ? name
            : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
