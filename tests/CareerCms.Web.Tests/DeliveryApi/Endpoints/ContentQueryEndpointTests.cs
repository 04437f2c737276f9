using System.Net;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>The content query endpoint over the starter content: selectors, filters, sorts, paging, errors.</summary>
public sealed class ContentQueryEndpointTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Fact]
    public async Task Query_ChildrenByPath_ReturnsTheThreePathsInTreeOrderWithTotal()
    {
        var page = await _client.GetObjectAsync($"{Api}?fetch=children:/mlops-engineer/&sort=sortOrder:asc");

        Assert.Equal(3, page["total"]!.GetValue<long>());
        Assert.Equal(
            ["Software Engineer to MLOps Engineer", "Frontend Developer to MLOps Engineer", "Backend Developer to MLOps Engineer"],
            page.Names());
    }

    [Fact]
    public async Task Query_SelectorPrefixIsCaseInsensitive_AndUnknownTargetIsEmpty()
    {
        var upper = await _client.GetObjectAsync($"{Api}?fetch=CHILDREN:mlops-engineer");
        var unknown = await _client.GetObjectAsync($"{Api}?fetch=children:{Guid.NewGuid()}");

        Assert.Equal(3, upper["total"]!.GetValue<long>());
        Assert.Equal(0, unknown["total"]!.GetValue<long>());
        Assert.Empty(unknown["items"]!.AsArray());
    }

    [Fact]
    public async Task Query_AncestorsAndDescendants_ExcludeTheTarget()
    {
        var ancestors = await _client.GetObjectAsync($"{Api}?fetch=ancestors:/mlops-engineer/software-engineer-to-mlops-engineer/&sort=level:asc");
        var descendants = await _client.GetObjectAsync($"{Api}?fetch=descendants:/mlops-engineer/&take=50");

        Assert.Equal(["Careers", "MLOps Engineer"], ancestors.Names());
        Assert.Equal(3, descendants["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Query_ContentTypeFilter_OrListAndNegation()
    {
        var careers = await _client.GetObjectAsync($"{Api}?filter=contentType:career&take=0");
        var both = await _client.GetObjectAsync($"{Api}?filter=contentType:career,transitionPath&take=0");
        var neither = await _client.GetObjectAsync($"{Api}?filter=contentType:!career,skill&take=50");

        Assert.Equal(7, careers["total"]!.GetValue<long>());
        Assert.Equal(10, both["total"]!.GetValue<long>());
        Assert.Equal(5, neither["total"]!.GetValue<long>());
        Assert.DoesNotContain(neither["items"]!.AsArray(), i => i!["contentType"]!.GetValue<string>() is "career" or "skill");
    }

    [Fact]
    public async Task Query_NameFilter_IsContainsCaseInsensitive_AndNegatable()
    {
        var engineers = await _client.GetObjectAsync($"{Api}?filter=contentType:career&filter=name:ENGINEER&take=50");
        var notEngineers = await _client.GetObjectAsync($"{Api}?filter=contentType:career&filter=name:!engineer&take=50");

        Assert.Equal(5, engineers["total"]!.GetValue<long>());
        Assert.Equal(["Backend Developer", "Frontend Developer"], notEngineers.Names().Order());
    }

    [Fact]
    public async Task Query_NameSortBothDirections_AndMultiSort()
    {
        var ascending = await _client.GetObjectAsync($"{Api}?filter=contentType:career&sort=name:asc&take=3");
        var descending = await _client.GetObjectAsync($"{Api}?filter=contentType:career&sort=name:DESC&take=2");
        var multi = await _client.GetObjectAsync($"{Api}?fetch=descendants:/&sort=level:desc&sort=name:asc&take=2");

        Assert.Equal(["AI Infrastructure Engineer", "Backend Developer", "Data Engineer"], ascending.Names());
        Assert.Equal(["Software Engineer", "MLOps Engineer"], descending.Names());
        Assert.Equal(["Backend Developer to MLOps Engineer", "Frontend Developer to MLOps Engineer"], multi.Names());
    }

    [Fact]
    public async Task Query_Paging_TotalCountsEveryHitWhatEverThePage()
    {
        var first = await _client.GetObjectAsync($"{Api}?filter=contentType:skill&sort=name:asc&skip=0&take=5");
        var last = await _client.GetObjectAsync($"{Api}?filter=contentType:skill&sort=name:asc&skip=15&take=5");

        Assert.Equal(18, first["total"]!.GetValue<long>());
        Assert.Equal(18, last["total"]!.GetValue<long>());
        Assert.Equal(5, first["items"]!.AsArray().Count);
        Assert.Equal(3, last["items"]!.AsArray().Count);
        Assert.Empty(first.Names().Intersect(last.Names()));
    }

    [Fact]
    public async Task Query_DateFilters_UseUmbracoOperators()
    {
        var after = await _client.GetObjectAsync($"{Api}?filter=createDate>2025-03-04&filter=contentType:career,transitionPath&take=0");
        var atOrBefore = await _client.GetObjectAsync($"{Api}?filter=createDate<:2025-03-04&take=0");

        Assert.Equal(10, after["total"]!.GetValue<long>());
        Assert.Equal(20, atOrBefore["total"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("fetch=siblings:x", "Selector option not found")]
    [InlineData("filter=unknown:x", "Filter option not found")]
    [InlineData("sort=name", "Sort option not found")]
    [InlineData("sort=unknown:asc", "Sort option not found")]
    [InlineData("filter=createDate>not-a-date", "Invalid filter value")]
    [InlineData("skip=-1", "Invalid paging")]
    [InlineData("expand=properties[relatedCareers", "Invalid expand or fields value")]
    [InlineData("fields=[x]", "Invalid expand or fields value")]
    public async Task Query_WhenAnOptionIsMalformed_Answers400ProblemDetails(string query, string title)
    {
        var problem = await _client.GetObjectAsync($"{Api}?{query}", HttpStatusCode.BadRequest);

        Assert.Equal(title, problem["title"]!.GetValue<string>());
        Assert.Equal(400, problem["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Query_WhenTakeIsNotANumber_AnswersValidationProblemWithErrors()
    {
        var problem = await _client.GetObjectAsync($"{Api}?take=ten", HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["take"]);
    }

    [Fact]
    public async Task Query_WithStartItemAndNoFetch_ReturnsDescendantsOfThatRoot()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}?take=0");
        request.Headers.Add("Start-Item", "skills");
        var response = await _client.SendAsync(request);
        var page = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(18, page["total"]!.GetValue<long>());
        Assert.Contains("Start-Item", response.Headers.Vary);
    }

    [Fact]
    public async Task Query_WithUnknownStartItem_Answers404PlainText()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Api);
        request.Headers.Add("Start-Item", "nowhere");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("The Start-Item could not be found", await response.Content.ReadAsStringAsync());
    }
}
