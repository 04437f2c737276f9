using CareerCms.Plugin.Careers;

namespace CareerCms.Tests.Common.Careers;

/// <summary>Builds <see cref="SkillCatalog"/>s for tests; a skill's name is its alias unless given.</summary>
public sealed class SkillCatalogBuilder
{
    private readonly List<SkillInfo> _skills = [];

    public SkillCatalogBuilder With(SkillInfo skill)
    {
        _skills.Add(skill);
        return this;
    }

    public SkillCatalogBuilder WithSkill(string alias, int learningHours, params string[] prerequisites) =>
        With(new SkillInfo(alias, alias, learningHours, prerequisites));

    public SkillCatalog Build() => new(_skills);
}
