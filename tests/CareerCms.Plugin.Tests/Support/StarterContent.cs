using CareerCms.Plugin.Careers;
using CareerCms.Tests.Common.Careers;

namespace CareerCms.Plugin.Tests.Support;

/// <summary>The starter careers, paths and skills (docs/starter-data.md) as published content in a fake reader.</summary>
internal static class StarterContent
{
    public static FakeCareerContentReader Reader()
    {
        var reader = new FakeCareerContentReader();
        foreach (var skill in StarterSkills.Catalog.Skills)
        {
            var synonyms = skill.Alias switch
            {
                "kubernetes" => new[] { "k8s" },
                "docker" => ["containers"],
                "javascript" => ["JS"],
                _ => [],
            };
            var details = new SkillDetails(Guid.NewGuid(), skill, null, synonyms);
            reader.Skills[details.Key] = details;
        }

        foreach (var career in StarterCareers.All)
        {
            reader.Careers[career.Key] = new CareerDetails(
                career.Key, career.Name, Industry(career), null, career.SalaryMin, career.SalaryMax, null, career.JobZone, career.RequiredSkills, []);
        }

        foreach (var path in StarterTransitionPaths.All)
        {
            reader.Paths[path.Key] = new TransitionPathDetails(
                path.Key, $"{reader.Careers[path.FromCareerKey!.Value].Name} to MLOps Engineer", path.TargetCareerKey, path.FromCareerKey,
                path.Difficulty, null, 6, 9, 40, 60, 217, []);
        }

        return reader;
    }

    private static string Industry(CareerProfile career) =>
        career.Name is "Software Engineer" or "Frontend Developer" or "Backend Developer"
            ? StarterCareers.SoftwareDevelopment
            : StarterCareers.AiInfrastructure;
}
