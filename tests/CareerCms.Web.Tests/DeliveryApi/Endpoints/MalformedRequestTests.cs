using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>
/// Every malformed fetch, filter, sort, skip, take, expand, fields, id, path or header value is answered with a 4xx
/// (ProblemDetails, or Umbraco's plain Start-Item message) or a plain 200; never a 500.
/// </summary>
public sealed class MalformedRequestTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private readonly HttpClient _client = fixture.Site.CreateClient();

    public static TheoryData<string> QueryStrings => new()
    {
        "fetch=children:", "fetch=children:%00", "fetch=children:../..", "fetch=ancestors:", "fetch=descendants:////",
        "fetch=children:%7B%7D", "fetch=:", "fetch=%25", "fetch=children:%2F%2F", "fetch=children:" + new string('a', 3000),
        "fetch=descendants:not-a-guid-%7B", "fetch=ancestors:00000000-0000-0000-0000-000000000000", "fetch=%20",
        "filter=name:", "filter=name:*", "filter=name:%3F", "filter=name:%5C", "filter=name:%22", "filter=name:(",
        "filter=name:!", "filter=name:!!", "filter=name:,,,", "filter=name:[a%20TO%20z]", "filter=name:" + new string('e', 3000), "filter=name:" + new string('e', 250),
        "filter=name:" + string.Concat(Enumerable.Repeat("ab%20", 400)), "filter=name:" + string.Join(",", Enumerable.Range(0, 1500)),
        "filter=contentType:" + string.Join(",", Enumerable.Range(0, 1500)), "filter=contentType:!" + string.Join(",", Enumerable.Range(0, 1500)),
        "filter=name:a%20b%20c", "filter=contentType:", "filter=contentType:!", "filter=contentType:*", "filter=createDate:",
        "filter=createDate>", "filter=createDate>:", "filter=createDate<>2020-01-01", "filter=createDate::2020-01-01",
        "filter=createDate:!2020-01-01", "filter=updateDate>9999-99-99", "filter=createDate>0001-01-01",
        "filter=createDate<9999-12-31T23:59:59", "filter=:", "filter=%00", "filter=&filter=&sort=",
        "sort=name:", "sort=:asc", "sort=name:asc:desc", "sort=createDate:ASC", "sort=level:ascending", "sort=name:asc,level:desc",
        "skip=2147483647&take=2147483647", "take=2147483647", "skip=2147483647", "skip=99999999999", "take=1e3", "take=",
        "skip=-0", "take=%2B5", "take=0x10", "take=-2147483648", "skip=1.5",
        "expand=properties[$all[properties[$all[properties[$all]]]]]", "expand=,,,", "expand=properties[,]", "fields=properties[",
        "expand=]", "expand=properties]", "fields=[", "expand=properties[a]b", "fields=properties[,]", "expand=$all",
        "expand=" + string.Concat(Enumerable.Repeat("properties[a[", 200)) + string.Concat(Enumerable.Repeat("]]", 200)),
    };

    public static TheoryData<string> Paths => new()
    {
        "/item/..", "/item/%2e%2e/x", "/item/a%2500b", "/item/mlops-engineer.json", "/item/" + new string('x', 2000),
        "/item/preview-nope", "/item/preview-00000000-0000-0000-0000-000000000000", "/item//", "/item/%ZZ", "/item/%252F",
        "/item/%25", "/item/mlops-engineer/%2e%2e/%2e%2e", "/items?id=", "/items?id=x", "/items?id=%7B%7D",
        "/items?" + string.Join("&", Enumerable.Repeat("id=c9ea2334-f279-43cf-9fea-489f6acde1a0", 300)),
        "/item/c9ea2334-f279-43cf-9fea-489f6acde1a0?expand=properties[", "/item/mlops-engineer?fields=]",
    };

    public static TheoryData<string, string> Headers => new()
    {
        { "Accept-Language", "*" }, { "Accept-Language", "en-US,en;q=0.9" }, { "Accept-Language", new string('x', 300) },
        { "Accept-Language", "../" }, { "Start-Item", "/" }, { "Start-Item", "//" }, { "Start-Item", "%" },
        { "Start-Item", "careers/mlops-engineer" }, { "Start-Item", "00000000-0000-0000-0000-000000000000" },
        { "Start-Item", new string('s', 2000) }, { "Preview", "true" }, { "Preview", "TRUE" }, { "Preview", "1" },
        { "Api-Key", new string('k', 2000) }, { "Accept-Segment", "%00" }, { "Accept-Segment", new string('g', 500) },
    };

    [Theory]
    [MemberData(nameof(QueryStrings))]
    public async Task Query_WhateverTheParameters_NeverAnswers5xx(string query) =>
        await AssertNot5xxAsync($"{Api}?{query}");

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Items_WhateverThePathOrIds_NeverAnswer5xx(string path) =>
        await AssertNot5xxAsync(Api + path);

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task EveryEndpoint_WhateverTheHeader_NeverAnswers5xx(string name, string value)
    {
        foreach (var url in new[] { Api, $"{Api}?fetch=children:/", $"{Api}/item/mlops-engineer", $"{Api}/item/c9ea2334-f279-43cf-9fea-489f6acde1a0", $"{Api}/items?id=c9ea2334-f279-43cf-9fea-489f6acde1a0" })
        {
            await AssertNot5xxAsync(url, (name, value));
        }
    }

    private async Task AssertNot5xxAsync(string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{url} -> {status}: {body}");
        if (status >= 400 && body.Length > 0 && !body.Contains("The Start-Item could not be found", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
