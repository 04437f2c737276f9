namespace CareerCms.Plugin.Careers;

/// <summary>The skills the site knows, looked up by alias (ordinal).</summary>
public sealed class SkillCatalog
{
    private readonly Dictionary<string, SkillInfo> _skills;

    /// <summary>Creates a catalog; throws when two skills share an alias.</summary>
    public SkillCatalog(IEnumerable<SkillInfo> skills)
    {
        ArgumentNullException.ThrowIfNull(skills);
        _skills = new Dictionary<string, SkillInfo>(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            if (!_skills.TryAdd(skill.Alias, skill))
            {
                throw new ArgumentException($"The skill alias '{skill.Alias}' appears more than once.", nameof(skills));
            }
        }
    }

    /// <summary>A catalog with no skills.</summary>
    public static SkillCatalog Empty { get; } = new([]);

    /// <summary>Number of skills in the catalog.</summary>
    public int Count => _skills.Count;

    /// <summary>All skills, in no particular order.</summary>
    public IEnumerable<SkillInfo> Skills => _skills.Values;

    /// <summary>The skill with an alias, or null when the catalog does not know it.</summary>
    public SkillInfo? Find(string alias) => _skills.GetValueOrDefault(alias);
}
