using System.Net;
using System.Text;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>A management body the framework cannot bind (bad JSON, missing required members) is a 400 ProblemDetails, never a 500.</summary>
public sealed class MalformedManagementBodyTests(BackofficeSiteFixture fixture) : IClassFixture<BackofficeSiteFixture>
{
    [Theory]
    [InlineData("{}")]
    [InlineData("{\"alias\":")]
    [InlineData("[1,2,3]")]
    public async Task DocumentTypeUpdate_WithAnUnbindableBody_IsA400ProblemDetails(string body)
    {
        var response = await fixture.Admin.Http.PutAsync(
            BackofficeClient.Api + "/document-type/" + Guid.NewGuid(),
            new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("POST", "/install/setup", "{}")]
    [InlineData("POST", "/install/setup", "{\"user\":null}")]
    [InlineData("POST", "/user", "{\"name\":\"x\",\"email\":\"x@example.com\",\"password\":\"a-long-enough-password\",\"userGroupIds\":[null]}")]
    [InlineData("POST", "/user/unlock", "{\"userIds\":null}")]
    [InlineData("POST", "/user/disable", "{\"userIds\":null}")]
    [InlineData("POST", "/user/enable", "{\"userIds\":[null]}")]
    [InlineData("PUT", "/document/sort", "{\"parent\":null,\"sorting\":null}")]
    [InlineData("PUT", "/document/sort", "{\"parent\":null,\"sorting\":[null]}")]
    [InlineData("PUT", "/document/sort", "{\"parent\":{\"id\":\"65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98\"},\"sorting\":[{\"id\":\"c9ea2334-f279-43cf-9fea-489f6acde1a0\",\"sortOrder\":0},null]}")]
    [InlineData("POST", "/document", "{\"documentType\":{\"id\":\"3219cce4-018b-4e97-b2f7-6ba866ea822e\"},\"variants\":[null],\"values\":[null]}")]
    [InlineData("POST", "/user-group", "{\"name\":\"x\",\"alias\":\"x\",\"sections\":[null],\"fallbackPermissions\":[]}")]
    public async Task ManagementRequest_WithNullsWhereTheModelHasNone_IsA400NamingTheField(string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), BackofficeClient.Api + path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var response = await fixture.Admin.Http.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DocumentSave_WithARichTextValueHoldingADuplicatedKey_IsA400()
    {
        var career = StarterContent.NewCareer("Duplicate key career");
        var json = System.Text.Json.JsonSerializer.Serialize(career).Replace(
            "\"value\":\"{\\u0022markup\\u0022",
            "\"value\":\"{\\u0022markup\\u0022:\\u0022\\u003Cp\\u003Ex\\u003C/p\\u003E\\u0022,\\u0022markup\\u0022",
            StringComparison.Ordinal);
        Assert.Contains("markup\\u0022:\\u0022\\u003Cp\\u003Ex", json, StringComparison.Ordinal);

        var response = await fixture.Admin.Http.PostAsync(BackofficeClient.Api + "/document", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DocumentSave_WithATenMegabyteName_IsA400()
    {
        var response = await fixture.Admin.PostAsync("/document", StarterContent.NewCareer(new string('n', 10 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidName", (await BackofficeClient.JsonAsync(response))["operationStatus"]!.GetValue<string>());
    }
}
