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
}
