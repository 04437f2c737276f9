using System.Collections;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.OpenApi;

/// <summary>A client generated from the live OpenAPI document compiles and reads content through the real pipeline.</summary>
public sealed class GeneratedClientTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");

    [Fact]
    public async Task GeneratedClient_ReadsACareerByPathAndById_AndAFilteredPage()
    {
        var http = fixture.Site.CreateClient();
        using var client = await GeneratedDeliveryClient.CreateAsync(await http.GetStringAsync("/umbraco/openapi/delivery.json"), http);

        var byPath = await client.CallAsync("GetContentItemByPath20", new Dictionary<string, object?> { ["path"] = "mlops-engineer" });
        var byId = await client.CallAsync("GetContentItemById20", new Dictionary<string, object?> { ["id"] = MlopsKey });
        var page = await client.CallAsync("GetContent20", new Dictionary<string, object?>
        {
            ["filter"] = new[] { "contentType:career", "name:engineer" },
            ["sort"] = new[] { "name:asc" },
            ["take"] = 2,
        });

        Assert.Equal("MLOps Engineer", GeneratedDeliveryClient.Get(byPath, "Name"));
        Assert.Equal("career", GeneratedDeliveryClient.Get(byPath, "ContentType"));
        Assert.Equal(MlopsKey, GeneratedDeliveryClient.Get(byPath, "Id"));
        Assert.Equal("/mlops-engineer/", GeneratedDeliveryClient.Get(GeneratedDeliveryClient.Get(byPath, "Route")!, "Path"));
        Assert.Contains("salaryMin", ((IDictionary)GeneratedDeliveryClient.Get(byPath, "Properties")!).Keys.Cast<string>());
        Assert.Equal("MLOps Engineer", GeneratedDeliveryClient.Get(byId, "Name"));

        var items = GeneratedDeliveryClient.Items(GeneratedDeliveryClient.Get(page, "Items")!);
        var names = items.Select(i => (string)GeneratedDeliveryClient.Get(i, "Name")!).ToArray();
        Assert.True((long)GeneratedDeliveryClient.Get(page, "Total")! > 2);
        Assert.Equal(2, names.Length);
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.All(names, n => Assert.Contains("engineer", n, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GeneratedClient_SendsHeaders_AndSurfacesProblemDetails()
    {
        var http = fixture.Site.CreateClient();
        using var client = await GeneratedDeliveryClient.CreateAsync(await http.GetStringAsync("/umbraco/openapi/delivery.json"), http);

        var nested = await client.CallAsync("GetContentItemByPath20", new Dictionary<string, object?>
        {
            ["path"] = "mlops-engineer/software-engineer-to-mlops-engineer",
            ["start_Item"] = "careers",
        });
        var missing = await Assert.ThrowsAnyAsync<Exception>(() => client.CallAsync("GetContentItemById20", new Dictionary<string, object?> { ["id"] = Guid.NewGuid() }));
        var preview = await Assert.ThrowsAnyAsync<Exception>(() => client.CallAsync("GetContent20", new Dictionary<string, object?> { ["preview"] = true }));

        Assert.Equal("/mlops-engineer/software-engineer-to-mlops-engineer/", GeneratedDeliveryClient.Get(GeneratedDeliveryClient.Get(nested, "Route")!, "Path"));
        Assert.Equal(404, GeneratedDeliveryClient.Get(missing, "StatusCode"));
        Assert.Equal(401, GeneratedDeliveryClient.Get(preview, "StatusCode"));
        Assert.Equal("ProblemDetails", GeneratedDeliveryClient.Get(missing, "Result")!.GetType().Name);
    }
}
