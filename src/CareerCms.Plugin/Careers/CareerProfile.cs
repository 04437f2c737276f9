namespace CareerCms.Plugin.Careers;

/// <summary>The parts of a career the skill-gap analysis reads: salary range, job zone and required skills.</summary>
public sealed record CareerProfile
{
    /// <summary>Creates a career profile; throws when a value is off its scale or the salary range is inverted.</summary>
    public CareerProfile(
        Guid key,
        string name,
        IReadOnlyList<SkillRequirement> requiredSkills,
        int? salaryMin = null,
        int? salaryMax = null,
        int? jobZone = null)
    {
        if (salaryMin > salaryMax)
        {
            throw new ArgumentException($"Salary minimum {salaryMin} is above the maximum {salaryMax}.", nameof(salaryMin));
        }

        Key = key;
        Name = name;
        RequiredSkills = requiredSkills;
        SalaryMin = salaryMin;
        SalaryMax = salaryMax;
        JobZone = jobZone;
    }

    /// <summary>The career document's key.</summary>
    public Guid Key { get; init; }

    /// <summary>The career's name, e.g. "MLOps Engineer".</summary>
    public string Name { get; init => field = SkillScales.RequireNotBlank(value, nameof(Name)); }

    /// <summary>The skills the career requires.</summary>
    public IReadOnlyList<SkillRequirement> RequiredSkills
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(RequiredSkills));
    }

    /// <summary>Lowest yearly salary, or null when unknown.</summary>
    public int? SalaryMin { get; init => field = SkillScales.RequireNonNegative(value, nameof(SalaryMin)); }

    /// <summary>Highest yearly salary, or null when unknown.</summary>
    public int? SalaryMax { get; init => field = SkillScales.RequireNonNegative(value, nameof(SalaryMax)); }

    /// <summary>O*NET job zone 1-5, or null when unknown.</summary>
    public int? JobZone { get; init => field = SkillScales.RequireJobZone(value, nameof(JobZone)); }
}
