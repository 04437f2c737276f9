namespace CareerCms.Plugin.Careers;

/// <summary>A learning roadmap: the gaps in prerequisite order, grouped into phases.</summary>
/// <param name="Phases">The phases, in order.</param>
/// <param name="Cycles">Every prerequisite cycle the planner had to break, in the order it met them; each cycle
/// lists skill aliases where each requires the next and the last requires the first, starting from the
/// ordinally smallest alias. Empty when the prerequisites form no cycle.</param>
public sealed record RoadmapPlan(IReadOnlyList<RoadmapPhase> Phases, IReadOnlyList<IReadOnlyList<string>> Cycles)
{
    /// <summary>The first prerequisite cycle found, or null when there is none.</summary>
    public IReadOnlyList<string>? Cycle => Cycles.Count > 0 ? Cycles[0] : null;

    /// <summary>Sum of the phases' whole months.</summary>
    public int TotalMonths => Phases.Sum(phase => phase.Months);

    /// <summary>Every gap in learning order.</summary>
    public IEnumerable<SkillGap> OrderedSkills => Phases.SelectMany(phase => phase.Skills);
}
