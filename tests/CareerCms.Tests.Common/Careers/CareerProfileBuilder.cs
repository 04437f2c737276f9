using CareerCms.Plugin.Careers;

namespace CareerCms.Tests.Common.Careers;

/// <summary>Builds <see cref="CareerProfile"/>s for tests; unset values stay null, the key is random.</summary>
public sealed class CareerProfileBuilder(string name = "Test Career")
{
    private readonly List<SkillRequirement> _requiredSkills = [];
    private Guid _key = Guid.NewGuid();
    private int? _salaryMin;
    private int? _salaryMax;
    private int? _jobZone;

    public CareerProfileBuilder WithKey(string key)
    {
        _key = Guid.Parse(key);
        return this;
    }

    public CareerProfileBuilder WithSalary(int? min, int? max)
    {
        (_salaryMin, _salaryMax) = (min, max);
        return this;
    }

    public CareerProfileBuilder WithJobZone(int? jobZone)
    {
        _jobZone = jobZone;
        return this;
    }

    public CareerProfileBuilder Requires(SkillInfo skill, int importance, int level) =>
        Requires(skill.Alias, importance, level);

    public CareerProfileBuilder Requires(string skillAlias, int importance, int level)
    {
        _requiredSkills.Add(new SkillRequirement(skillAlias, importance, level));
        return this;
    }

    public CareerProfile Build() => new(_key, name, [.. _requiredSkills], _salaryMin, _salaryMax, _jobZone);
}
