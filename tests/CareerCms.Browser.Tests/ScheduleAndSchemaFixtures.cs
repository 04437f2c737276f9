using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerCms.Browser.Tests;

/// <summary>Set-up shortcuts over the starter content for the schedule and Settings browser tests.</summary>
internal static class StarterCareers
{
    public const string CareersKey = "65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98";
    public const string CareerTypeKey = "3219cce4-018b-4e97-b2f7-6ba866ea822e";

    /// <summary>Creates a valid draft career under Careers as the administrator; returns its id.</summary>
    public static async Task<string> CreateAsync(ApiSession admin, string name)
    {
        var created = await admin.SendAsync(HttpMethod.Post, "/document", new
        {
            parent = new { id = CareersKey },
            documentType = new { id = CareerTypeKey },
            variants = new[] { new { name } },
            values = new object[]
            {
                new { alias = "summary", value = "A short summary." },
                new { alias = "description", value = JsonSerializer.Serialize(new { markup = "<p>Hello</p>", blocks = (object?)null }) },
                new { alias = "salaryMin", value = 90000.ToString(CultureInfo.InvariantCulture) },
                new { alias = "salaryMax", value = 120000.ToString(CultureInfo.InvariantCulture) },
                new { alias = "experienceLevel", value = "[\"Mid\"]" },
                new { alias = "industry", value = "[\"AI/Infrastructure\"]" },
            },
        });
        return created!["id"]!.GetValue<string>();
    }

    /// <summary>The first variant of a document.</summary>
    public static async Task<JsonNode> VariantAsync(ApiSession admin, string id) => (await admin.GetAsync($"/document/{id}"))["variants"]![0]!;
}
