using System.Globalization;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.DeliveryApi.Endpoints;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Careers;

/// <summary>
/// The seed page ("How to Become a MLOps Engineer") rebuilt figure by figure from Delivery API responses alone:
/// the career's facts, the number of paths, each path's difficulty, duration, salary change and count, and the
/// other careers of the same industry.
/// </summary>
public sealed class SeedPageTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private static readonly string? SeedText = FindSeed();
    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Fact]
    public async Task SeedPage_EveryFigureComesFromTheDeliveryApi()
    {
        var career = await _client.GetObjectAsync($"{Api}/item/mlops-engineer/");
        var facts = career["properties"]!;
        var industry = facts["industry"]!.GetValue<string>();
        var paths = await _client.GetObjectAsync(
            $"{Api}?fetch=transitionsTo:/mlops-engineer/&sort=sortOrder:asc&expand=properties[fromCareer]");
        var others = await _client.GetObjectAsync(
            $"{Api}?filter=contentType:career&filter=industry:{Uri.EscapeDataString(industry)}&sort=name:asc");

        var pathCount = facts["pathCounts"]!["transitionPathCount"]!.GetValue<int>();
        var description = facts["description"]!["markup"]!.GetValue<string>().Replace("<p>", "", StringComparison.Ordinal).Replace("</p>", "", StringComparison.Ordinal);
        var page = new List<string>
        {
            $"How to Become a {career["name"]!.GetValue<string>()}",
            $"{pathCount}+",
            description,
            $"Salary Range: {Thousands(facts["salaryMin"])} - {Thousands(facts["salaryMax"])}",
            $"Growth Rate: {Signed(facts["growthRate"])}",
            $"Experience Level: {facts["experienceLevel"]!.GetValue<string>()}",
            $"Industry: {industry}",
            $"Transition Paths from Different Backgrounds ({pathCount})",
        };
        foreach (var path in paths["items"]!.AsArray().Select(p => p!["properties"]!))
        {
            page.Add($"{path["fromCareer"]!["name"]!.GetValue<string>()}Mlops Engineer");
            page.Add(path["headline"]!.GetValue<string>());
            page.Add(
                path["difficulty"]!.GetValue<string>()
                + $"{path["durationMinMonths"]}-{path["durationMaxMonths"]} months"
                + SalaryChange(path["salaryChangeMinPercent"], path["salaryChangeMaxPercent"])
                + path["engagement"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture));
        }

        Assert.Equal(
            [
                "How to Become a MLOps Engineer",
                "3+",
                "MLOps Engineers build and maintain the infrastructure for machine learning systems. They automate ML pipelines, manage model deployments, monitor model performance, and ensure ML systems run reliably in production. This role bridges ML engineering and DevOps.",
                "Salary Range: $130K - $220K",
                "Growth Rate: +50%",
                "Experience Level: Mid-Senior",
                "Industry: AI/Infrastructure",
                "Transition Paths from Different Backgrounds (3)",
                "Software EngineerMlops Engineer",
                "From Software Engineer to MLOps Engineer: Your 6-Month Bridge to AI Infrastructure",
                "Moderate6-9 months+40% to +60%217",
                "Frontend DeveloperMlops Engineer",
                "From Frontend Developer to MLOps Engineer: Your 9-Month Transition Guide to Building AI Infrastructure",
                "Moderate8-12 months+70% to +100%111",
                "Backend DeveloperMlops Engineer",
                "From Backend Developer to MLOps Engineer: Your 6-Month Transition Guide to Building Production ML Infrastructure",
                "Moderate6-9 months+30%27",
            ],
            page);
        Assert.Equal(
            ["AI Infrastructure Engineer", "Data Engineer", "Machine Learning Engineer"],
            others.Names().Where(n => n != career["name"]!.GetValue<string>()));
        Assert.Equal(paths["total"]!.GetValue<int>(), pathCount);
        if (SeedText is not null)
        {
            Assert.All(page, line => Assert.Contains(line, SeedText, StringComparison.Ordinal));
        }
    }

    private static string Thousands(JsonNode? salary) =>
        "$" + (salary!.GetValue<int>() / 1000).ToString(CultureInfo.InvariantCulture) + "K";

    private static string Signed(JsonNode? percent) => "+" + percent!.GetValue<int>().ToString(CultureInfo.InvariantCulture) + "%";

    private static string SalaryChange(JsonNode? min, JsonNode? max) =>
        min!.GetValue<int>() == max!.GetValue<int>() ? Signed(min) : $"{Signed(min)} to {Signed(max)}";

    /// <summary>The seed page text beside the repository (../shared/data/seed), when present.</summary>
    private static string? FindSeed()
    {
        for (var dir = new DirectoryInfo(CareerCmsSite.RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "shared", "data", "seed", "000_eb38c6b4e64629ea.txt");
            if (File.Exists(file))
            {
                return File.ReadAllText(file);
            }
        }

        return null;
    }
}
