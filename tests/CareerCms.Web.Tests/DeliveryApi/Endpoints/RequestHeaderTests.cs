using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>Request headers over the starter content: Accept-Language, Accept-Segment, Preview, Api-Key, Start-Item, Vary.</summary>
public sealed class RequestHeaderTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private const string MlopsKey = "c9ea2334-f279-43cf-9fea-489f6acde1a0";
    private const string SkillsKey = "51b25973-3d37-4139-9e30-c24e4719eb0d";
    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Theory]
    [InlineData("en-US")]
    [InlineData("da-DK")]
    [InlineData("en-US,en;q=0.9")]
    [InlineData("*")]
    public async Task AcceptLanguage_OnInvariantContent_AnswersTheSameItemWithEmptyCultures(string language)
    {
        var plain = await SendAsync($"{Api}/item/mlops-engineer");
        var localized = await SendAsync($"{Api}/item/mlops-engineer", ("Accept-Language", language));
        var query = await SendAsync($"{Api}?fetch=children:mlops-engineer&take=0", ("Accept-Language", language));

        Assert.Equal(plain.Body, localized.Body);
        Assert.Empty(JsonNode.Parse(localized.Body)!["cultures"]!.AsObject());
        Assert.Equal(3, JsonNode.Parse(query.Body)!["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task AcceptSegment_WithoutSegmentVariantProperties_ChangesNothing()
    {
        var plain = await SendAsync($"{Api}/item/mlops-engineer");
        var segmented = await SendAsync($"{Api}/item/mlops-engineer", ("Accept-Segment", "vip"));

        Assert.Equal(plain.Body, segmented.Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/item/mlops-engineer")]
    [InlineData("/item/" + MlopsKey)]
    [InlineData("/items?id=" + MlopsKey)]
    [InlineData("/item/no-such-item")]
    [InlineData("?fetch=siblings:x")]
    public async Task EveryContentAnswer_VariesByLanguagePreviewAndStartItem(string url)
    {
        using var response = await _client.GetAsync(Api + url);

        Assert.Equal(["Accept-Language", "Preview", "Start-Item"], response.Headers.Vary.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/item/mlops-engineer")]
    [InlineData("/items?id=" + MlopsKey)]
    public async Task Answers_AreUtf8Json(string url)
    {
        using var response = await _client.GetAsync(Api + url);

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    [Fact]
    public async Task Preview_IsCaseInsensitiveTrue_AnythingElseIsNotPreview()
    {
        var upper = await SendAsync($"{Api}/item/mlops-engineer", ("Preview", "TRUE"));
        var yes = await SendAsync($"{Api}/item/mlops-engineer", ("Preview", "yes"));
        var keyedUpper = await SendAsync($"{Api}/item/mlops-engineer", ("Preview", "True"), ("Api-Key", "test-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, upper.Status);
        Assert.Equal(HttpStatusCode.OK, yes.Status);
        Assert.Equal(HttpStatusCode.OK, keyedUpper.Status);
    }

    [Fact]
    public async Task ApiKey_IsComparedCaseSensitively()
    {
        var wrongCase = await SendAsync($"{Api}/item/mlops-engineer", ("Preview", "true"), ("Api-Key", "TEST-KEY"));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongCase.Status);
    }

    [Theory]
    [InlineData(SkillsKey)]
    [InlineData("skills")]
    [InlineData("SKILLS")]
    [InlineData("/skills/")]
    public async Task StartItem_ByKeyOrSegment_RebasesPathsAndFetch(string startItem)
    {
        var python = await SendAsync($"{Api}/item/python", ("Start-Item", startItem));
        var careerUnderSkills = await SendAsync($"{Api}/item/mlops-engineer", ("Start-Item", startItem));
        var children = await SendAsync($"{Api}?fetch=children:/&take=0", ("Start-Item", startItem));
        var root = await SendAsync($"{Api}/item/", ("Start-Item", startItem));

        Assert.Equal(HttpStatusCode.OK, python.Status);
        Assert.Equal("skills", JsonNode.Parse(python.Body)!["route"]!["startItem"]!["path"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, careerUnderSkills.Status);
        Assert.Equal(18, JsonNode.Parse(children.Body)!["total"]!.GetValue<long>());
        Assert.Equal(SkillsKey, JsonNode.Parse(root.Body)!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/item/" + MlopsKey)]
    [InlineData("/item/mlops-engineer")]
    [InlineData("/items?id=" + MlopsKey)]
    [InlineData("")]
    public async Task StartItem_NotARoot_Is404WithUmbracosPlainMessageOnEveryEndpoint(string url)
    {
        var byKey = await SendAsync(Api + url, ("Start-Item", MlopsKey));
        var bySegment = await SendAsync(Api + url, ("Start-Item", "careers/mlops-engineer"));
        var asJson = await SendAsync(Api + url, ("Start-Item", "nowhere"), ("Accept", "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, byKey.Status);
        Assert.Equal("The Start-Item could not be found", byKey.Body);
        Assert.Equal(HttpStatusCode.NotFound, bySegment.Status);
        Assert.Equal(HttpStatusCode.NotFound, asJson.Status);
        Assert.Equal("\"The Start-Item could not be found\"", asJson.Body);
    }

    [Fact]
    public async Task ItemById_IgnoresTheStartItemForItemsOfAnotherRoot()
    {
        var career = await SendAsync($"{Api}/item/{MlopsKey}", ("Start-Item", "skills"));

        Assert.Equal(HttpStatusCode.OK, career.Status);
        Assert.Equal("careers", JsonNode.Parse(career.Body)!["route"]!["startItem"]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task EmptyFilterAndSortEntries_AreIgnored()
    {
        var plain = await _client.GetObjectAsync($"{Api}?take=0");
        var empties = await _client.GetObjectAsync($"{Api}?filter=&filter=%20&sort=&take=0");

        Assert.Equal(plain["total"]!.GetValue<long>(), empties["total"]!.GetValue<long>());
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
