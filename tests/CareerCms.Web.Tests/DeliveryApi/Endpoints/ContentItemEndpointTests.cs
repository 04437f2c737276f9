using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>The item endpoints over the starter content: by path, by id, by ids, and their errors.</summary>
public sealed class ContentItemEndpointTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Theory]
    [InlineData("/mlops-engineer/")]
    [InlineData("mlops-engineer")]
    [InlineData("MLOPS-ENGINEER/")]
    [InlineData("%2Fmlops-engineer%2F")]
    public async Task ItemByPath_AnySlashFormOrCase_FindsTheCareer(string path)
    {
        var item = await _client.GetObjectAsync($"{Api}/item/{path}");

        Assert.Equal("career", item["contentType"]!.GetValue<string>());
        Assert.Equal(MlopsKey.ToString(), item["id"]!.GetValue<string>());
        Assert.Equal("/mlops-engineer/", item["route"]!["path"]!.GetValue<string>());
        Assert.Equal("careers", item["route"]!["startItem"]!["path"]!.GetValue<string>());
        Assert.Equal(130000, item["properties"]!["salaryMin"]!.GetValue<int>());
        Assert.NotNull(item["cultures"]);
    }

    [Fact]
    public async Task ItemByPath_Root_IsTheFirstRoot()
    {
        var item = await _client.GetObjectAsync($"{Api}/item/");

        Assert.Equal("careersRoot", item["contentType"]!.GetValue<string>());
        Assert.Equal("/", item["route"]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task ItemById_FindsTheCareer_AndUnknownIs404()
    {
        var item = await _client.GetObjectAsync($"{Api}/item/{MlopsKey}");
        var missing = await _client.GetObjectAsync($"{Api}/item/{Guid.NewGuid()}", HttpStatusCode.NotFound);

        Assert.Equal("MLOps Engineer", item["name"]!.GetValue<string>());
        Assert.Equal(404, missing["status"]!.GetValue<int>());
        Assert.Equal("Not Found", missing["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Items_ReturnsBareArrayInRequestOrder_DedupedAndDroppingUnknown()
    {
        var root = Guid.Parse("65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98");
        var response = await _client.GetAsync($"{Api}/items?id={MlopsKey}&id={Guid.NewGuid()}&id={root}&id={MlopsKey}");
        var array = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(["MLOps Engineer", "Careers"], array.Select(i => i!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Items_WithMalformedId_AnswersValidationProblem()
    {
        var problem = await _client.GetObjectAsync($"{Api}/items?id=nope", HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["id"]);
    }

    [Fact]
    public async Task Item_ExpandAndFields_LimitAndExpandPickers()
    {
        var shallow = await _client.GetObjectAsync($"{Api}/item/mlops-engineer?fields=properties[relatedCareers]");
        var expanded = await _client.GetObjectAsync($"{Api}/item/mlops-engineer?fields=properties[relatedCareers[properties[industry]]]&expand=properties[relatedCareers]");

        var shallowProps = shallow["properties"]!.AsObject();
        Assert.Single(shallowProps);
        Assert.Empty(shallowProps["relatedCareers"]![0]!["properties"]!.AsObject());
        var related = expanded["properties"]!["relatedCareers"]![0]!["properties"]!.AsObject();
        Assert.Equal(["industry"], related.Select(p => p.Key));
        Assert.Equal("AI/Infrastructure", related["industry"]!.GetValue<string>());
    }

    [Fact]
    public async Task Item_FieldsWithoutPropertiesWrapper_ExcludesEveryProperty()
    {
        var item = await _client.GetObjectAsync($"{Api}/item/mlops-engineer?fields=salaryMin");

        Assert.Empty(item["properties"]!.AsObject());
    }

    [Fact]
    public async Task Preview_WithoutKey_Is401_WithKey_Is200()
    {
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, $"{Api}/item/mlops-engineer");
        anonymous.Headers.Add("Preview", "true");
        using var keyed = new HttpRequestMessage(HttpMethod.Get, $"{Api}/item/mlops-engineer");
        keyed.Headers.Add("Preview", "true");
        keyed.Headers.Add("Api-Key", "test-key");

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(anonymous)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(keyed)).StatusCode);
    }

    [Fact]
    public async Task Media_WhileMediaApiIsDisabled_Is401()
    {
        var response = await _client.GetAsync("/umbraco/delivery/api/v2/media?fetch=children:/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
