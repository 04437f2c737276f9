using System.Net;
using CareerCms.Web.DeliveryApi.OpenApi;
using CareerCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CareerCms.Web.Tests.DeliveryApi.OpenApi;

/// <summary>The OpenAPI document and UI are off in Production unless configured, as in Umbraco 17.</summary>
public sealed class DeliveryApiOpenApiSettingsTests
{
    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Staging", null, true)]
    [InlineData("Development", null, true)]
    [InlineData("Production", true, true)]
    [InlineData("Development", false, false)]
    public void IsServed_ByDefaultEverywhereButProduction(string environment, bool? enabled, bool expected)
    {
        var settings = new DeliveryApiOpenApiSettings { Enabled = enabled };

        Assert.Equal(expected, settings.IsServed(new HostingEnvironment { EnvironmentName = environment }));
    }

    [Fact]
    public async Task Disabled_ServesNeitherDocumentNorUi()
    {
        var settings = StarterSiteFixture.Settings;
        settings["Umbraco:CMS:DeliveryApi:OpenApi:Enabled"] = "false";
        await using var site = await CareerCmsSite.StartAsync(settings: settings);
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/umbraco/openapi/delivery.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/umbraco/swagger/delivery/swagger.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/umbraco/openapi/index.html")).StatusCode);
    }
}
