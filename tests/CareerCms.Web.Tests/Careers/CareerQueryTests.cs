using System.Net;
using CareerCms.Web.Tests.DeliveryApi.Endpoints;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Careers;

/// <summary>Every filter, sort and selector the plugin adds, through the Delivery API over the starter content.</summary>
public sealed class CareerQueryTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private const string Careers = "filter=contentType:career&take=50";
    private const string Paths = "filter=contentType:transitionPath&take=50";
    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Theory]
    [InlineData("industry:AI/Infrastructure", "AI Infrastructure Engineer,Data Engineer,Machine Learning Engineer,MLOps Engineer")]
    [InlineData("industry:Software Development,AI/Infrastructure", "AI Infrastructure Engineer,Backend Developer,Data Engineer,Frontend Developer,Machine Learning Engineer,MLOps Engineer,Software Engineer")]
    [InlineData("industry:!AI/Infrastructure", "Backend Developer,Frontend Developer,Software Engineer")]
    [InlineData("INDUSTRY:Nowhere", "")]
    [InlineData("experienceLevel:Mid", "Backend Developer,Data Engineer,Frontend Developer,Software Engineer")]
    [InlineData("experienceLevel:Mid-Senior,Senior", "AI Infrastructure Engineer,Machine Learning Engineer,MLOps Engineer")]
    [InlineData("salaryMin>130000", "AI Infrastructure Engineer,Machine Learning Engineer")]
    [InlineData("salaryMin>:130000", "AI Infrastructure Engineer,Machine Learning Engineer,MLOps Engineer")]
    [InlineData("salaryMin<110000", "Frontend Developer")]
    [InlineData("salaryMin<:110000", "Backend Developer,Frontend Developer,Software Engineer")]
    [InlineData("salaryMin:110000,90000", "Backend Developer,Frontend Developer,Software Engineer")]
    [InlineData("salaryMax>210000", "Machine Learning Engineer,MLOps Engineer")]
    [InlineData("salaryMax>:210000", "AI Infrastructure Engineer,Machine Learning Engineer,MLOps Engineer")]
    [InlineData("salaryMax<160000", "Frontend Developer")]
    [InlineData("salaryMax<:160000", "Frontend Developer,Software Engineer")]
    [InlineData("pathCount>0", "MLOps Engineer")]
    [InlineData("pathCount>:3", "MLOps Engineer")]
    [InlineData("pathCount>3", "")]
    public async Task CareerFilter_SelectsTheMatchingCareers(string filter, string expected)
    {
        var page = await _client.GetObjectAsync($"{Api}?{Careers}&filter={Uri.EscapeDataString(filter)}&sort=name:asc");

        Assert.Equal(Split(expected), page.Names());
        Assert.Equal(page.Names().Count, page["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task SalaryFilters_TwoBoundsMakeAWindow()
    {
        var page = await _client.GetObjectAsync($"{Api}?{Careers}&filter=salaryMin>:110000&filter=salaryMax<170000&sort=name:asc");

        Assert.Equal(["Software Engineer"], page.Names());
    }

    [Fact]
    public async Task SalaryFilter_WhenValueIsNotANumber_Answers400()
    {
        var problem = await _client.GetObjectAsync($"{Api}?filter=salaryMin>lots", HttpStatusCode.BadRequest);

        Assert.Equal(400, problem["status"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("difficulty:Moderate", "Backend Developer to MLOps Engineer,Frontend Developer to MLOps Engineer,Software Engineer to MLOps Engineer")]
    [InlineData("difficulty:Hard,Easy", "")]
    [InlineData("difficulty:!Moderate", "")]
    [InlineData("fromCareer:dfc28153-bef7-4c17-9c8c-5daa1b831253", "Software Engineer to MLOps Engineer")]
    [InlineData("fromCareer:/software-engineer/,/frontend-developer/", "Frontend Developer to MLOps Engineer,Software Engineer to MLOps Engineer")]
    [InlineData("fromCareer:!/software-engineer/,/frontend-developer/", "Backend Developer to MLOps Engineer")]
    [InlineData("fromCareer:/nowhere/", "")]
    public async Task PathFilter_SelectsTheMatchingPaths(string filter, string expected)
    {
        var page = await _client.GetObjectAsync($"{Api}?{Paths}&filter={Uri.EscapeDataString(filter)}&sort=name:asc");

        Assert.Equal(Split(expected), page.Names());
    }

    [Theory]
    [InlineData("salaryMin:asc", "Frontend Developer,Backend Developer,Software Engineer,Data Engineer,MLOps Engineer,AI Infrastructure Engineer,Machine Learning Engineer")]
    [InlineData("salaryMin:DESC", "Machine Learning Engineer,AI Infrastructure Engineer,MLOps Engineer,Data Engineer,Backend Developer,Software Engineer,Frontend Developer")]
    [InlineData("salaryMax:desc", "Machine Learning Engineer,MLOps Engineer,AI Infrastructure Engineer,Data Engineer,Backend Developer,Software Engineer,Frontend Developer")]
    [InlineData("growthRate:Descending", "MLOps Engineer,AI Infrastructure Engineer,Machine Learning Engineer,Data Engineer,Software Engineer,Backend Developer,Frontend Developer")]
    [InlineData("pathCount:desc", "MLOps Engineer,AI Infrastructure Engineer,Backend Developer,Data Engineer,Frontend Developer,Machine Learning Engineer,Software Engineer")]
    public async Task CareerSort_OrdersByTheField(string sort, string expected)
    {
        // name:asc breaks ties (equal salaries, equal path counts).
        var page = await _client.GetObjectAsync($"{Api}?{Careers}&sort={sort}&sort=name:asc");

        Assert.Equal(Split(expected), page.Names());
    }

    [Theory]
    [InlineData("engagement:desc", "Software Engineer to MLOps Engineer,Frontend Developer to MLOps Engineer,Backend Developer to MLOps Engineer")]
    [InlineData("engagement:asc", "Backend Developer to MLOps Engineer,Frontend Developer to MLOps Engineer,Software Engineer to MLOps Engineer")]
    [InlineData("durationMinMonths:asc", "Backend Developer to MLOps Engineer,Software Engineer to MLOps Engineer,Frontend Developer to MLOps Engineer")]
    [InlineData("durationMinMonths:desc", "Frontend Developer to MLOps Engineer,Backend Developer to MLOps Engineer,Software Engineer to MLOps Engineer")]
    public async Task PathSort_OrdersByTheField(string sort, string expected)
    {
        var page = await _client.GetObjectAsync($"{Api}?{Paths}&sort={sort}&sort=name:asc");

        Assert.Equal(Split(expected), page.Names());
    }

    [Theory]
    [InlineData("salaryMin:up")]
    [InlineData("engagement")]
    public async Task Sort_WhenDirectionIsMissingOrWrong_Answers400(string sort)
    {
        var problem = await _client.GetObjectAsync($"{Api}?sort={sort}", HttpStatusCode.BadRequest);

        Assert.Equal("Sort option not found", problem["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("transitionsTo:/mlops-engineer/", "Backend Developer to MLOps Engineer,Frontend Developer to MLOps Engineer,Software Engineer to MLOps Engineer")]
    [InlineData("transitionsTo:c9ea2334-f279-43cf-9fea-489f6acde1a0", "Backend Developer to MLOps Engineer,Frontend Developer to MLOps Engineer,Software Engineer to MLOps Engineer")]
    [InlineData("TRANSITIONSTO:MLOPS-ENGINEER", "Backend Developer to MLOps Engineer,Frontend Developer to MLOps Engineer,Software Engineer to MLOps Engineer")]
    [InlineData("transitionsTo:/software-engineer/", "")]
    [InlineData("transitionsFrom:/software-engineer/", "Software Engineer to MLOps Engineer")]
    [InlineData("transitionsFrom:31e664e1-d508-4c0e-a2fb-a16b8c7e1cde", "Frontend Developer to MLOps Engineer")]
    [InlineData("transitionsFrom:/mlops-engineer/", "")]
    [InlineData("relatedCareers:/mlops-engineer/", "AI Infrastructure Engineer,Data Engineer,Machine Learning Engineer")]
    [InlineData("relatedCareers:/data-engineer/", "")]
    [InlineData("relatedCareers:/nowhere/", "")]
    public async Task Selector_SelectsTheCareersItems(string fetch, string expected)
    {
        var page = await _client.GetObjectAsync($"{Api}?fetch={Uri.EscapeDataString(fetch)}&sort=name:asc&take=50");

        Assert.Equal(Split(expected), page.Names());
        Assert.Equal(Split(expected).Length, page["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Selector_CombinesWithPluginFiltersAndSorts()
    {
        var page = await _client.GetObjectAsync(
            $"{Api}?fetch=transitionsTo:/mlops-engineer/&filter=fromCareer:!/backend-developer/&sort=engagement:desc");

        Assert.Equal(["Software Engineer to MLOps Engineer", "Frontend Developer to MLOps Engineer"], page.Names());
    }

    private static string[] Split(string names) => names.Length == 0 ? [] : names.Split(',');
}
