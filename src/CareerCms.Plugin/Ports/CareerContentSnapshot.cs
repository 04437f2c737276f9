using CareerCms.Plugin.Careers;

namespace CareerCms.Plugin.Ports;

/// <summary>
/// The published careers, paths and skills of one moment, parsed once and looked up by key. Readers build one
/// when the published content changes and answer from it until the next change.
/// </summary>
public sealed partial class CareerContentSnapshot : ICareerContentReader
{
    private readonly Dictionary<Guid, CareerDetails> _careers;
    private readonly Dictionary<Guid, TransitionPathDetails> _paths;
    private readonly Dictionary<Guid, SkillDetails> _skills;
    private readonly Dictionary<Guid, string> _skillAliases;
    private readonly Dictionary<Guid, object> _versions;
    private readonly Dictionary<Guid, Guid[]> _ancestors; // careers, paths and skill items
    private readonly bool _treeKnown;

    private CareerContentSnapshot(
        Dictionary<Guid, CareerDetails> careers,
        Dictionary<Guid, TransitionPathDetails> paths,
        Dictionary<Guid, SkillDetails> skills,
        Dictionary<Guid, string> skillAliases,
        Dictionary<Guid, object> versions,
        Dictionary<Guid, Guid[]> ancestors,
        bool treeKnown)
    {
        _careers = careers;
        _paths = paths;
        _skills = skills;
        _skillAliases = skillAliases;
        _versions = versions;
        _ancestors = ancestors;
        _treeKnown = treeKnown;
    }

    /// <summary>No content.</summary>
    public static CareerContentSnapshot Empty { get; } = new([], [], [], [], [], [], treeKnown: true);

    /// <summary>
    /// Parses the routable published documents; documents of other types are ignored, and a path whose parent is
    /// not a published career is left out. With <paramref name="previous"/>, a document whose
    /// <see cref="CareerContentItem.Version"/> is unchanged is not parsed again (unless a skill alias changed,
    /// which every requirement and prerequisite depends on).
    /// </summary>
    public static CareerContentSnapshot Build(IEnumerable<CareerContentItem> items, CareerContentSnapshot? previous = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var byType = items.ToLookup(item => item.ContentTypeAlias, StringComparer.Ordinal);
        var skillItems = byType[CareerContentTypes.Skill].ToList();
        var aliases = skillItems
            .Where(s => !string.IsNullOrWhiteSpace(s.UrlSegment))
            .GroupBy(s => s.Key)
            .ToDictionary(g => g.Key, g => g.First().UrlSegment);
        string? AliasOf(Guid key) => aliases.GetValueOrDefault(key);
        var reusable = previous is not null && SameAliases(previous._skillAliases, aliases) ? previous : null;
        var versions = new Dictionary<Guid, object>();
        var ancestors = new Dictionary<Guid, Guid[]>();
        var treeKnown = true;
        void Place(CareerContentItem item)
        {
            treeKnown &= item.AncestorKeys is not null;
            ancestors[item.Key] = TreePositions.ToArray(item.AncestorKeys);
        }

        T Parse<T>(CareerContentItem item, Dictionary<Guid, T>? before, Func<T> parse)
            where T : class
        {
            if (item.Version is { } version)
            {
                versions[item.Key] = version;
                if (reusable is not null && before is not null && reusable._versions.TryGetValue(item.Key, out var old)
                    && ReferenceEquals(old, version) && before.TryGetValue(item.Key, out var parsed))
                {
                    return parsed;
                }
            }

            return parse();
        }

        // Aliases are the skills' identity in the domain: a second skill with a taken alias is left out.
        var skills = new Dictionary<Guid, SkillDetails>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in skillItems)
        {
            Place(item);
            if (Parse(item, reusable?._skills, () => CareerContentParser.ParseSkill(item.Key, item.Name, item.UrlSegment, item.Value, AliasOf)!) is { } skill
                && !skills.ContainsKey(item.Key) && taken.Add(skill.Info.Alias))
            {
                skills[item.Key] = skill;
            }
        }

        var careers = new Dictionary<Guid, CareerDetails>();
        foreach (var item in byType[CareerContentTypes.Career].Where(item => !careers.ContainsKey(item.Key)))
        {
            Place(item);
            careers[item.Key] = Parse(item, reusable?._careers, () => CareerContentParser.ParseCareer(item.Key, item.Name, item.Value, AliasOf));
        }

        var paths = new Dictionary<Guid, TransitionPathDetails>();
        foreach (var item in byType[CareerContentTypes.TransitionPath]
                     .Where(item => item.ParentKey is { } parent && careers.ContainsKey(parent) && !paths.ContainsKey(item.Key)))
        {
            Place(item);
            paths[item.Key] = Parse(item, reusable?._paths, () => CareerContentParser.ParseTransitionPath(item.Key, item.Name, item.ParentKey!.Value, item.Value, AliasOf));
        }

        return new CareerContentSnapshot(careers, paths, skills, aliases, versions, ancestors, treeKnown);
    }

    /// <inheritdoc />
    public IReadOnlyCollection<CareerDetails> GetCareers() => _careers.Values;

    /// <inheritdoc />
    public CareerDetails? GetCareer(Guid key) => _careers.GetValueOrDefault(key);

    /// <inheritdoc />
    public IReadOnlyCollection<TransitionPathDetails> GetTransitionPaths() => _paths.Values;

    /// <inheritdoc />
    public TransitionPathDetails? GetTransitionPath(Guid key) => _paths.GetValueOrDefault(key);

    /// <inheritdoc />
    public IReadOnlyCollection<SkillDetails> GetSkills() => _skills.Values;

    private static bool SameAliases(Dictionary<Guid, string> before, Dictionary<Guid, string> after) =>
        before.Count == after.Count && after.All(a => before.TryGetValue(a.Key, out var old) && old == a.Value);
}
