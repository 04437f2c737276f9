namespace CareerCms.Plugin.Careers;

/// <summary>A published skill: what the analysis needs (<see cref="Info"/>) plus how visitors may name it.</summary>
/// <param name="Key">The skill document's key.</param>
/// <param name="Info">Alias (url segment), name, learning hours and prerequisite aliases.</param>
/// <param name="Category">Knowledge, Skill or Tool, or null.</param>
/// <param name="Synonyms">Other names visitors use, e.g. "k8s" for Kubernetes.</param>
public sealed record SkillDetails(Guid Key, SkillInfo Info, string? Category, IReadOnlyList<string> Synonyms);
