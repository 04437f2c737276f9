namespace CareerCms.Plugin.Careers;

/// <summary>
/// Finds a skill by what a visitor typed: its alias, its name or one of its synonyms, ignoring case and
/// surrounding spaces. Aliases win over names, names over synonyms; a synonym two skills share goes to the
/// skill with the smaller alias, so the answer never depends on input order.
/// </summary>
public sealed class SkillNameResolver
{
    private readonly Dictionary<string, SkillDetails> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SkillDetails> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SkillDetails> _bySynonym = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the skills.</summary>
    public SkillNameResolver(IEnumerable<SkillDetails> skills)
    {
        ArgumentNullException.ThrowIfNull(skills);
        foreach (var skill in skills.OrderBy(s => s.Info.Alias, StringComparer.Ordinal))
        {
            _byAlias.TryAdd(skill.Info.Alias.Trim(), skill);
            _byName.TryAdd(skill.Info.Name.Trim(), skill);
            foreach (var synonym in skill.Synonyms)
            {
                _bySynonym.TryAdd(synonym.Trim(), skill);
            }
        }
    }

    /// <summary>The skill a visitor means, or null when none matches.</summary>
    public SkillDetails? Resolve(string? text)
    {
        var key = text?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        return _byAlias.GetValueOrDefault(key) ?? _byName.GetValueOrDefault(key) ?? _bySynonym.GetValueOrDefault(key);
    }
}
