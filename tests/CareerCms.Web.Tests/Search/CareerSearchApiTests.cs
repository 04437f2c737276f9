using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCms.Web.Search.Careers;
using CareerCms.Web.Tests.Infrastructure;
using CareerCms.Web.Tests.Sync;

namespace CareerCms.Web.Tests.Search;

[Collection(CareerSearchCollection.Name)]
public sealed class CareerSearchApiTests(CareerSearchFixture fixture)
{
    public static TheoryData<string> HostileQueries => new()
    {
        "\"",
        "\"unbalanced quote",
        "welder\"",
        "\"\"\"",
        "(((",
        ")",
        "*",
        "?",
        "~",
        "\\",
        "welder~2",
        "nodeName:welder",
        "title:[a TO z]",
        "{a TO b}",
        "AND OR NOT",
        "welder AND",
        "-welder",
        "+",
        "/[/",
        "+-&&||!(){}[]^\"~*?:\\/",
        "🔥💼 café",
        "\u0000",
        "מהנדס",
        "<script>alert(1)</script>",
        "'; DROP TABLE umbracoNode; --",
        string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_WithLuceneSyntaxOrOddText_ReturnsResultsNeverAServerError(string query)
    {
        var response = await fixture.GetAsync("/api/careers/search?q=" + Uri.EscapeDataString(query));
        var suggest = await fixture.GetAsync("/api/careers/suggest?q=" + Uri.EscapeDataString(query));
        var page = await fixture.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains(response.StatusCode, (HttpStatusCode[])[HttpStatusCode.OK, HttpStatusCode.BadRequest]);
        Assert.Contains(suggest.StatusCode, (HttpStatusCode[])[HttpStatusCode.OK, HttpStatusCode.BadRequest]);
        Assert.Contains(page.StatusCode, (HttpStatusCode[])[HttpStatusCode.OK, HttpStatusCode.BadRequest]);
    }

    [Fact]
    public async Task Search_WithA10000CharacterQuery_Is400ProblemDetails()
    {
        var response = await fixture.GetAsync("/api/careers/search?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    public static TheoryData<string> TenThousandCharacterQueries => new()
    {
        string.Concat(Enumerable.Repeat("welder \"guild manager ", 500))[..10_000],
        string.Concat(Enumerable.Repeat("+-&&||!(){}[]^\"~*?:\\/ ", 500))[..10_000],
        string.Concat(Enumerable.Repeat("café 🔥 ", 2_000))[..10_000],
    };

    [Theory]
    [MemberData(nameof(TenThousandCharacterQueries))]
    public async Task SearchSuggestAndPage_WithA10000CharacterQueryOfWordsOrSyntax_Are400NeverAServerError(string query)
    {
        var search = await fixture.GetAsync("/api/careers/search?q=" + Uri.EscapeDataString(query));
        var suggest = await fixture.GetAsync("/api/careers/suggest?q=" + Uri.EscapeDataString(query));
        var page = await fixture.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        Assert.Equal("application/problem+json", search.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, suggest.StatusCode);
        Assert.Equal("application/problem+json", suggest.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=2147483647&pageSize=100", "page")]
    [InlineData("salaryMin=-1", "salaryMin")]
    [InlineData("salaryMin=100000&salaryMax=50000", "salaryMax")]
    [InlineData("salaryMax=lots", "salaryMax")]
    public async Task Search_WithBadParameters_Is400ProblemDetailsNamingTheParameter(string queryString, string parameter)
    {
        var response = await fixture.GetAsync("/api/careers/search?" + queryString);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task Search_ResponseUsesTheDocumentedJsonShape()
    {
        var json = await fixture.GetJsonAsync<JsonElement>("/api/careers/search?q=welder&pageSize=2");

        foreach (var name in (string[])["hits", "total", "page", "pageSize", "facets", "didYouMean"])
        {
            Assert.True(json.TryGetProperty(name, out _), name);
        }

        foreach (var name in (string[])["id", "name", "contentType", "route", "summary", "snippet", "score"])
        {
            Assert.True(json.GetProperty("hits")[0].TryGetProperty(name, out _), name);
        }

        foreach (var name in (string[])["industry", "experienceLevel", "salaryBand", "difficulty"])
        {
            Assert.Equal(JsonValueKind.Array, json.GetProperty("facets").GetProperty(name).ValueKind);
        }
    }

    [Theory]
    [InlineData("mach", "Machine Learning Engineer")]
    [InlineData("MLOPS e", "MLOps Engineer")]
    [InlineData("engin", "MLOps Engineer")]
    [InlineData("caf", "Café Manager")]
    [InlineData("guild m", "Welders Guild Manager")]
    public async Task Suggest_CompletesTitlesFromAnyWordStart(string typed, string expected)
    {
        var response = await fixture.GetJsonAsync<CareerSuggestResponse>("/api/careers/suggest?q=" + Uri.EscapeDataString(typed));

        Assert.Contains(response.Suggestions, s => s.Title == expected);
        Assert.All(response.Suggestions, s => Assert.Contains(SearchTextFold(typed), SearchTextFold(s.Title), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggest_RanksTitlesStartingWithTheTextFirst()
    {
        var response = await fixture.GetJsonAsync<CareerSuggestResponse>("/api/careers/suggest?q=welder");

        Assert.Equal("Welder", response.Suggestions[0].Title);
        Assert.DoesNotContain(response.Suggestions.SkipWhile(s => s.Title.StartsWith("Welder", StringComparison.Ordinal)), s => s.Title.StartsWith("Welder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_WhenRateLimitIsExceeded_Is429ProblemDetails()
    {
        await using var site = await CareerCmsSite.StartAsync(
            uSyncFolder: StarterFolder.Path,
            settings: new Dictionary<string, string?> { ["CareerCms:Search:Careers:RateLimitPermits"] = "3", ["CareerCms:Search:Careers:RateLimitWindow"] = "00:05:00" });
        var client = site.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/careers/search?q=engineer")).StatusCode);
        }

        var rejected = await client.GetAsync("/api/careers/suggest?q=eng");

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.True(rejected.Headers.RetryAfter is not null);
    }

    private static string SearchTextFold(string text) => CareerCms.Web.Search.Indexing.SearchText.Fold(text);
}
