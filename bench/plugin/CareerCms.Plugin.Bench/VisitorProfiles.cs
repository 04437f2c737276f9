using CareerCms.Plugin.Api.Matching;
using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.Bench;

/// <summary>
/// Realistic visitors: someone working as a random career of the corpus, who names 3-12 skills, mostly that job's
/// (at about its required level, a little under or over) and a few others at a beginner-to-middle level.
/// </summary>
internal static class VisitorProfiles
{
    public static List<CareerMatchRequest> Generate(ICareerContentReader content, int count, int seed)
    {
        var random = new Random(seed);
        var careers = content.GetCareers().Where(c => c.RequiredSkills.Count > 0).ToArray();
        var skills = content.GetSkills().Select(s => s.Info.Alias).ToArray();
        var profiles = new List<CareerMatchRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var job = careers[random.Next(careers.Length)];
            var size = random.Next(3, 13);
            var levels = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var requirement in job.RequiredSkills.OrderBy(_ => random.Next()).Take(Math.Max(1, size - random.Next(0, 4))))
            {
                levels[requirement.SkillAlias] = Math.Clamp(requirement.Level + random.Next(-2, 2), 1, 7);
            }

            while (levels.Count < size && levels.Count < skills.Length)
            {
                levels.TryAdd(skills[random.Next(skills.Length)], random.Next(1, 6));
            }

            profiles.Add(new CareerMatchRequest { Skills = [.. levels.Select(l => new VisitorSkillLevel { Skill = l.Key, Level = l.Value })] });
        }

        return profiles;
    }
}
