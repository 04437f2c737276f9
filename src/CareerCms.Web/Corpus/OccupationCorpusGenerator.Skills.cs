namespace CareerCms.Web.Corpus;

public static partial class OccupationCorpusGenerator
{
    /// <summary>ESCO skill groups (Career Causeways' <c>esco_skill_category</c>) that are bodies of knowledge.</summary>
    public static readonly IReadOnlySet<string> KnowledgeGroups = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "arts and humanities",
        "business, administration and law",
        "education",
        "engineering, manufacturing and construction",
        "generic programmes and qualifications",
        "health and welfare",
        "natural sciences, mathematics and statistics",
    };

    /// <summary>ESCO skill groups that are about using tools: computers, ICT and machinery.</summary>
    public static readonly IReadOnlySet<string> ToolGroups = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "information and communication technologies (icts)",
        "working with computers",
        "working with machinery and specialised equipment",
    };

    /// <summary>
    /// The Skill Category of an ESCO skill group: the knowledge groups (the ISCED-F fields ESCO files knowledge
    /// under) are Knowledge, the computer, ICT and machinery groups are Tool, every other group (communication,
    /// information, management, caring, handling, attitudes) is Skill.
    /// </summary>
    public static string CategoryFor(string escoGroup) =>
        KnowledgeGroups.Contains(escoGroup) ? "Knowledge" : ToolGroups.Contains(escoGroup) ? "Tool" : "Skill";

    /// <summary>
    /// Learning hours (level 0 to 4) of a skill: a stable hash of its id picks a multiple of 10 in its category's
    /// range: Knowledge 60-160, Skill 40-120, Tool 20-100. Always within 20-160.
    /// </summary>
    public static int LearningHoursFor(int skillId, string category)
    {
        var (min, max) = category switch
        {
            "Knowledge" => (60, 160),
            "Tool" => (20, 100),
            _ => (40, 120),
        };
        var steps = (ulong)((max - min) / 10) + 1;
        return min + (10 * (int)(CorpusKeys.StableHash(Inv($"skill-hours:{skillId}")) % steps));
    }

    /// <summary>
    /// Skills: every distinct ESCO skill (by id) of the general and the sector-specific core skill lists becomes a
    /// <c>skill</c> under the Skills root, described by the first list it appears in (general first).
    /// <list type="bullet">
    /// <item><description>Name: the ESCO label in sentence case ("Manage staff", "Use CAD software"); a label shared
    /// by two ids gets " ({id})". Sorted by name (case-insensitive), which is the sort order.</description></item>
    /// <item><description>Category: <see cref="CategoryFor"/>; learning hours: <see cref="LearningHoursFor"/>.</description></item>
    /// <item><description>Description: the ESCO group and sub-group and the skill's Career Causeways role.</description></item>
    /// <item><description>Prerequisites: with probability 0.35 one, and then with 0.3 a second, skill of the same
    /// ESCO group that needs strictly fewer learning hours, drawn with the seeded generator. "Fewer hours" is a
    /// strict order, so prerequisites never form a cycle.</description></item>
    /// <item><description>Synonyms: none (empty).</description></item>
    /// </list>
    /// </summary>
    private static SkillSet BuildSkills(OccupationSourceData data, OccupationCorpusOptions options)
    {
        var lists = new List<string> { CoreSkillLists.General };
        lists.AddRange(data.CoreSkills.Keys.Where(k => k != CoreSkillLists.General).Order(StringComparer.Ordinal));
        var firstSeen = new Dictionary<int, CoreSkillRecord>();
        foreach (var list in lists)
        {
            foreach (var record in data.CoreSkills.GetValueOrDefault(list) ?? [])
            {
                firstSeen.TryAdd(record.SkillId, record);
            }
        }

        var duplicateNames = firstSeen.Values
            .GroupBy(r => CorpusText.NameKey(r.Name))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        var skills = firstSeen.Values
            .Select(r =>
            {
                var name = CorpusText.SentenceCase(r.Name);
                if (duplicateNames.Contains(CorpusText.NameKey(r.Name)))
                {
                    name = Inv($"{name} ({r.SkillId})");
                }

                var category = CategoryFor(r.Category);
                return new SkillModel(r, name, category, LearningHoursFor(r.SkillId, category));
            })
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Id)
            .ToList();

        for (var i = 0; i < skills.Count; i++)
        {
            skills[i].SortOrder = i;
        }

        foreach (var skill in skills)
        {
            var random = new CorpusRandom(options.Seed, Inv($"skill-prerequisites:{skill.Id}"));
            var candidates = skills
                .Where(s => s.Source.Category == skill.Source.Category && s.LearningHours < skill.LearningHours)
                .OrderBy(s => s.SortOrder)
                .ToList();
            var count = random.Chance(0.35) ? (random.Chance(0.3) ? 2 : 1) : 0;
            skill.Prerequisites.AddRange(random.WeightedSample(candidates, _ => 1, count).OrderBy(s => s.SortOrder));
        }

        return new SkillSet(skills);
    }

    private static CorpusNode SkillNode(SkillModel skill, OccupationCorpusOptions options)
    {
        var kind = skill.Category switch
        {
            "Knowledge" => "Knowledge",
            "Tool" => "A tool skill",
            _ => "A skill",
        };
        var group = skill.Source.Subcategory.Length > 0 && !skill.Source.Subcategory.Equals(skill.Source.Category, StringComparison.OrdinalIgnoreCase)
            ? Inv($"\"{skill.Source.Category}\" ({skill.Source.Subcategory})")
            : Inv($"\"{skill.Source.Category}\"");
        var description = Inv(
            $"{kind} in the ESCO skill group {group}. One of the core skills that most widen safe and desirable career transitions in Nesta's Career Causeways analysis.");
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["category"] = CorpusValues.Dropdown(skill.Category),
            ["description"] = description,
            ["learningHours"] = CorpusValues.Integer(skill.LearningHours),
            ["prerequisites"] = CorpusValues.DocumentUdis(skill.Prerequisites.Select(p => p.Key)),
            ["synonyms"] = null,
        };
        return new CorpusNode(
            skill.Key, CorpusKeys.SkillsRoot, CorpusContentTypes.Skill, skill.Name, values, skill.SortOrder,
            options.BaseDate.AddDays(1).AddMinutes(skill.SortOrder), true);
    }

    private sealed class SkillModel(CoreSkillRecord source, string name, string category, int learningHours)
    {
        public CoreSkillRecord Source { get; } = source;

        public int Id => Source.SkillId;

        public string Name { get; } = name;

        /// <summary>The alias the skill-gap analysis identifies the skill by.</summary>
        public string Alias { get; } = Inv($"skill-{source.SkillId}");

        public string Category { get; } = category;

        public int LearningHours { get; } = learningHours;

        public Guid Key { get; } = CorpusKeys.Skill(source.SkillId);

        public int SortOrder { get; set; }

        public List<SkillModel> Prerequisites { get; } = [];
    }

    private sealed class SkillSet(List<SkillModel> all)
    {
        private readonly Dictionary<int, SkillModel> _byId = all.ToDictionary(s => s.Id);

        public IReadOnlyList<SkillModel> All { get; } = all;

        public SkillModel this[int id] => _byId[id];
    }
}
