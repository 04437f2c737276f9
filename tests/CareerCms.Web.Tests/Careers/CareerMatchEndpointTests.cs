using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Careers;

/// <summary><c>POST /api/careers/match</c> over the starter content.</summary>
public sealed class CareerMatchEndpointTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private const string Url = "/api/careers/match";
    private readonly HttpClient _client = fixture.Site.CreateClient();

    /// <summary>The Software Engineer's required levels, as a visitor would enter them (names, aliases, a synonym).</summary>
    private static readonly object SoftwareEngineerProfile = new
    {
        skills = new object[]
        {
            new { skill = "Python", level = 5 }, new { skill = "system-design", level = 5 }, new { skill = "CI/CD", level = 4 },
            new { skill = "git", level = 6 }, new { skill = "automated-testing", level = 5 }, new { skill = "SQL", level = 4 },
            new { skill = "API design", level = 5 }, new { skill = "linux", level = 4 }, new { skill = "containers", level = 4 },
            new { skill = "Cloud platforms", level = 4 }, new { skill = "JS", level = 4 },
        },
    };

    [Fact]
    public async Task Match_SoftwareEngineersSkills_ScoresMlopsLikeTheWorkedExample()
    {
        var body = await PostAsync(SoftwareEngineerProfile, HttpStatusCode.OK);

        var items = body["items"]!.AsArray();
        Assert.Equal(7, body["total"]!.GetValue<int>());
        Assert.Equal("Software Engineer", items[0]!["career"]!["name"]!.GetValue<string>());
        Assert.Equal(100, items[0]!["readiness"]!.GetValue<double>());
        var mlops = items.Single(i => i!["career"]!["name"]!.GetValue<string>() == "MLOps Engineer")!;
        Assert.Equal(52.9, mlops["readiness"]!.GetValue<double>());
        Assert.Equal(
            ["kubernetes", "machine-learning-fundamentals", "mlflow"],
            mlops["topGaps"]!.AsArray().Select(g => g!["skill"]!.GetValue<string>()));
        Assert.Equal((0, 5, 5), (mlops["topGaps"]![0]!["currentLevel"]!.GetValue<int>(), mlops["topGaps"]![0]!["requiredLevel"]!.GetValue<int>(),
            mlops["topGaps"]![0]!["levelsToGain"]!.GetValue<int>()));
        var best = mlops["bestPath"]!;
        Assert.Equal(StarterKeys.SoftwareEngineerPath, best["id"]!.GetValue<Guid>());
        Assert.Equal("Software Engineer", best["fromCareer"]!["name"]!.GetValue<string>());
        Assert.Equal("Moderate", best["difficulty"]!.GetValue<string>());
        Assert.Equal(100, best["backgroundReadiness"]!.GetValue<double>());
        Assert.Null(items[0]!["bestPath"]);
    }

    [Fact]
    public async Task Match_RanksByReadinessDescending_AndHonoursTake()
    {
        var body = await PostAsync(new { skills = new[] { new { skill = "kubernetes", level = 6 }, new { skill = "docker", level = 5 } }, take = 2 }, HttpStatusCode.OK);

        var items = body["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Equal("AI Infrastructure Engineer", items[0]!["career"]!["name"]!.GetValue<string>());
        Assert.True(items[0]!["readiness"]!.GetValue<double>() >= items[1]!["readiness"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("""{"skills":[{"skill":"cobol","level":3},{"skill":"python","level":3}]}""", "Unknown skill", "cobol")]
    [InlineData("""{"skills":[{"skill":"python","level":8}]}""", "Skill level out of range", "python")]
    [InlineData("""{"skills":[{"skill":"python","level":-1}]}""", "Skill level out of range", "python")]
    [InlineData("""{"skills":[{"skill":"python"}]}""", "Skill level out of range", "python")]
    public async Task Match_BadSkill_Answers400NamingTheSkills(string json, string title, string skill)
    {
        var problem = await PostRawAsync(json, HttpStatusCode.BadRequest);

        Assert.Equal(title, problem["title"]!.GetValue<string>());
        Assert.Equal([skill], problem["skills"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Theory]
    [InlineData("""{"skills":[null]}""", "skills[0]")]
    [InlineData("""{"skills":[{"skill":"python","level":3},null]}""", "skills[1]")]
    [InlineData("""{"skills":[{"skill":null,"level":3}]}""", "skills[0]")]
    [InlineData("""{"skills":[{"level":3}]}""", "skills[0]")]
    [InlineData("""{"skills":[{"skill":"  ","level":3}]}""", "skills[0]")]
    public async Task Match_NullOrBlankSkillEntry_Answers400NamingThePosition(string json, string position)
    {
        var problem = await PostRawAsync(json, HttpStatusCode.BadRequest);

        Assert.Equal("Missing skill", problem["title"]!.GetValue<string>());
        Assert.Equal([position], problem["skills"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Theory]
    [InlineData("""{"skills":[]}""", "Empty profile")]
    [InlineData("""{}""", "Empty profile")]
    [InlineData("""{"skills":[{"skill":"python","level":0}]}""", "Empty profile")]
    [InlineData("""{"skills":[{"skill":"python","level":3}],"take":0}""", "Take out of range")]
    [InlineData("""{"skills":[{"skill":"python","level":3.5}]}""", "Invalid request body")]
    [InlineData("""not json""", "Invalid request body")]
    [InlineData("", "Invalid request body")]
    public async Task Match_BadProfile_Answers400(string json, string title)
    {
        var problem = await PostRawAsync(json, HttpStatusCode.BadRequest);

        Assert.Equal(title, problem["title"]!.GetValue<string>());
        Assert.Equal(400, problem["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Match_OversizedBody_Answers413()
    {
        var json = """{"skills":[""" + string.Join(",", Enumerable.Repeat("""{"skill":"python","level":3}""", 700)) + "]}";

        var problem = await PostRawAsync(json, HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("Request body too large", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Match_OversizedChunkedBody_Answers413WithoutADeclaredLength()
    {
        var json = """{"skills":[""" + string.Join(",", Enumerable.Repeat("""{"skill":"python","level":3}""", 700)) + "]}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Match_NotJson_Answers415()
    {
        using var content = new StringContent("skills=python", Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await _client.PostAsync(Url, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Skills_ListsThePublishedSkillsByName()
    {
        var skills = (await _client.GetFromJsonAsync<JsonArray>("/api/careers/skills"))!;

        Assert.Equal(18, skills.Count);
        var kubernetes = skills.Single(s => s!["skill"]!.GetValue<string>() == "kubernetes")!;
        Assert.Contains("k8s", kubernetes["synonyms"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    private async Task<JsonObject> PostAsync(object body, HttpStatusCode expected)
    {
        var response = await _client.PostAsJsonAsync(Url, body);
        return await ReadAsync(response, expected);
    }

    private async Task<JsonObject> PostRawAsync(string json, HttpStatusCode expected)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await ReadAsync(await _client.PostAsync(Url, content), expected);
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
