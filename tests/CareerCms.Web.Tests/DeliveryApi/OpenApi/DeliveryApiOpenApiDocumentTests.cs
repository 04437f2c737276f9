using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.DeliveryApi.Endpoints;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.OpenApi;

/// <summary>The Delivery API's OpenAPI document: every operation, header and schema, at both paths, with a UI.</summary>
public sealed class DeliveryApiOpenApiDocumentTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private const string DocumentPath = "/umbraco/openapi/delivery.json";
    private static readonly string[] ContentHeaders = ["Accept-Language", "Accept-Segment", "Api-Key", "Preview", "Start-Item"];
    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Fact]
    public async Task Document_ListsEveryOperationById()
    {
        var document = await _client.GetObjectAsync(DocumentPath);

        Assert.Equal("Umbraco Delivery API", document["info"]!["title"]!.GetValue<string>());
        Assert.StartsWith("3.0", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(
            ["GetContent20", "GetContentItemById20", "GetContentItemByPath20", "GetContentItems20", "GetMedia20", "GetMediaItemById20", "GetMediaItemByPath20", "GetMediaItems20"],
            Operations(document).Select(o => o.Operation["operationId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["/umbraco/delivery/api/v2/content", "/umbraco/delivery/api/v2/content/item/{id}", "/umbraco/delivery/api/v2/content/item/{path}",
             "/umbraco/delivery/api/v2/content/items", "/umbraco/delivery/api/v2/media", "/umbraco/delivery/api/v2/media/item/{id}",
             "/umbraco/delivery/api/v2/media/item/{path}", "/umbraco/delivery/api/v2/media/items"],
            document["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Document_EveryContentOperation_DocumentsTheFiveHeaders_AndMediaTheApiKey()
    {
        var document = await _client.GetObjectAsync(DocumentPath);

        foreach (var (path, operation) in Operations(document))
        {
            var headers = operation["parameters"]!.AsArray()
                .Where(p => p!["in"]!.GetValue<string>() == "header")
                .Select(p => p!["name"]!.GetValue<string>())
                .ToArray();
            Assert.Equal(path.Contains("/content", StringComparison.Ordinal) ? ContentHeaders : ["Api-Key"], headers);
        }

        var preview = Parameter(document, "/umbraco/delivery/api/v2/content", "Preview");
        Assert.Equal("boolean", preview["schema"]!["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(Parameter(document, "/umbraco/delivery/api/v2/content/items", "Start-Item")["description"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Document_QueryParameters_SkipAndTakeAreIntegers_FilterAndSortAreArrays()
    {
        var document = await _client.GetObjectAsync(DocumentPath);

        foreach (var (name, fallback) in new[] { ("skip", 0), ("take", 10) })
        {
            var schema = Parameter(document, "/umbraco/delivery/api/v2/content", name)["schema"]!;
            Assert.Equal("integer", schema["type"]!.GetValue<string>());
            Assert.Equal("int32", schema["format"]!.GetValue<string>());
            Assert.Equal(fallback, schema["default"]!.GetValue<int>());
        }

        foreach (var name in new[] { "filter", "sort" })
        {
            Assert.Equal("array", Parameter(document, "/umbraco/delivery/api/v2/content", name)["schema"]!["type"]!.GetValue<string>());
        }

        Assert.Equal("uuid", Parameter(document, "/umbraco/delivery/api/v2/content/item/{id}", "id")["schema"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task Document_Schemas_CarryUmbracosModelNamesAndShapes()
    {
        var document = await _client.GetObjectAsync(DocumentPath);
        var schemas = document["components"]!["schemas"]!.AsObject();

        foreach (var name in new[]
                 {
                     "IApiContentResponseModel", "IApiContentRouteModel", "IApiContentStartItemModel", "PagedIApiContentResponseModel",
                     "IApiMediaWithCropsResponseModel", "PagedIApiMediaWithCropsResponseModel", "ProblemDetails",
                 })
        {
            Assert.True(schemas.ContainsKey(name), $"schema {name} missing; have {string.Join(", ", schemas.Select(s => s.Key))}");
        }

        var content = schemas["IApiContentResponseModel"]!["properties"]!.AsObject();
        Assert.Equal(
            ["contentType", "createDate", "cultures", "id", "name", "properties", "route", "updateDate"],
            content.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("object", content["properties"]!["type"]!.GetValue<string>());
        Assert.NotNull(content["properties"]!["additionalProperties"]);
        Assert.EndsWith("/IApiContentRouteModel", content["cultures"]!["additionalProperties"]!["$ref"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["path", "queryString", "startItem"], schemas["IApiContentRouteModel"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["id", "path"], schemas["IApiContentStartItemModel"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["items", "total"], schemas["PagedIApiContentResponseModel"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Document_Responses_NameTheModelAndProblemDetails()
    {
        var document = await _client.GetObjectAsync(DocumentPath);
        var query = document["paths"]!["/umbraco/delivery/api/v2/content"]!["get"]!["responses"]!;
        var byPath = document["paths"]!["/umbraco/delivery/api/v2/content/item/{path}"]!["get"]!["responses"]!;

        Assert.EndsWith("/PagedIApiContentResponseModel", SchemaRef(query["200"]!, "application/json"), StringComparison.Ordinal);
        Assert.EndsWith("/IApiContentResponseModel", SchemaRef(byPath["200"]!, "application/json"), StringComparison.Ordinal);
        foreach (var status in new[] { "400", "401", "404" })
        {
            Assert.EndsWith("/ProblemDetails", SchemaRef(query[status]!, "application/problem+json"), StringComparison.Ordinal);
        }

        Assert.EndsWith("/ProblemDetails", SchemaRef(byPath["404"]!, "application/problem+json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LegacySwaggerPath_ServesTheSameDocument()
    {
        var current = await _client.GetObjectAsync(DocumentPath);
        var legacy = await _client.GetObjectAsync("/umbraco/swagger/delivery/swagger.json");

        Assert.Equal(current["paths"]!.ToJsonString(), legacy["paths"]!.ToJsonString());
    }

    [Fact]
    public async Task Ui_IsServedFromEmbeddedFiles()
    {
        var index = await _client.GetAsync("/umbraco/openapi/index.html");
        var html = await index.Content.ReadAsStringAsync();
        var bundle = await _client.GetAsync("/umbraco/openapi/swagger-ui-bundle.js");

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Contains("swagger-ui", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/umbraco/openapi")).StatusCode);
    }

    private static IEnumerable<(string Path, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()
            .Where(m => m.Key is "get" or "post" or "put" or "delete")
            .Select(m => (p.Key, m.Value!.AsObject())));

    private static JsonNode Parameter(JsonObject document, string path, string name) =>
        document["paths"]![path]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!;

    private static string SchemaRef(JsonNode response, string mediaType) =>
        response["content"]![mediaType]!["schema"]!["$ref"]!.GetValue<string>();
}
