using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>Each editor's Delivery API output, through the real pipeline, from content loaded from a test uSync folder.</summary>
public sealed class EditorOutputTests(EditorFixture fixture) : IClassFixture<EditorFixture>
{
    private readonly HttpClient _client = fixture.Site.CreateClient();

    private async Task<JsonObject> PropertiesAsync(string query = "") =>
        (await _client.GetObjectAsync($"/umbraco/delivery/api/v2/content/item/{EditorFixture.Showcase}{query}"))["properties"]!.AsObject();

    [Fact]
    public async Task ScalarEditors_RenderTheirJsonTypes()
    {
        var p = await PropertiesAsync();

        Assert.Equal("Plain text", p["text"]!.GetValue<string>());
        Assert.Equal("Line one\nLine two", p["textArea"]!.GetValue<string>());
        Assert.Equal(42, p["count"]!.GetValue<int>());
        Assert.Equal(12.5m, p["price"]!.GetValue<decimal>());
        Assert.True(p["flag"]!.GetValue<bool>());
        Assert.Equal(["one", "two"], p["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("b", p["single"]!.GetValue<string>());
        Assert.Equal(["a", "c"], p["multi"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["x", "z"], p["checks"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("r2", p["radio"]!.GetValue<string>());
        Assert.StartsWith("2025-01-31T10:20:30", p["when"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(p["media"]); // an empty picker renders null, as Umbraco checks for a value first
    }

    [Fact]
    public async Task Pickers_AreShallowUntilExpanded_AndMultinodeIsAlwaysAnArray()
    {
        var shallow = await PropertiesAsync();
        var expanded = await PropertiesAsync("?expand=properties[picker,pickers]");

        Assert.Equal(EditorFixture.TargetOne.ToString(), shallow["picker"]!["id"]!.GetValue<string>());
        Assert.Empty(shallow["picker"]!["properties"]!.AsObject());
        Assert.Null(shallow["picker"]!["cultures"]);
        Assert.Equal(2, shallow["pickers"]!.AsArray().Count);
        Assert.Equal("First", expanded["picker"]!["properties"]!["title"]!.GetValue<string>());
        Assert.Equal("Second", expanded["pickers"]![1]!["properties"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task RichText_LinksToTheRouteWithStartItemData()
    {
        var p = await PropertiesAsync();
        var markup = p["richText"]!["markup"]!.GetValue<string>();

        Assert.Contains("href=\"/target-one/\"", markup, StringComparison.Ordinal);
        Assert.Contains($"data-start-item-id=\"{EditorFixture.Showcase}\"", markup, StringComparison.Ordinal);
        Assert.NotNull(p["richText"]!["blocks"]);
    }

    [Fact]
    public async Task BlockList_RendersElementsAndExpandsPickersOnlyThroughTheBlockPath()
    {
        var plain = await PropertiesAsync();
        var expanded = await PropertiesAsync("?expand=properties[blocks[properties[link]]]");

        var content = plain["blocks"]!["items"]![0]!["content"]!;
        Assert.Equal("showcaseBlock", content["contentType"]!.GetValue<string>());
        Assert.Equal("Block title", content["properties"]!["title"]!.GetValue<string>());
        Assert.Empty(content["properties"]!["link"]!["properties"]!.AsObject());
        Assert.Equal("Second", expanded["blocks"]!["items"]![0]!["content"]!["properties"]!["link"]!["properties"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task MultiUrlPicker_ContentLinksHaveRoutesAndExternalLinksUrls()
    {
        var links = (await PropertiesAsync())["links"]!.AsArray();

        Assert.Equal("Content", links[0]!["linkType"]!.GetValue<string>());
        Assert.Null(links[0]!["url"]);
        Assert.Equal("/target-one/", links[0]!["route"]!["path"]!.GetValue<string>());
        Assert.Equal("External", links[1]!["linkType"]!.GetValue<string>());
        Assert.Equal("https://example.org/", links[1]!["url"]!.GetValue<string>());
        Assert.Equal("_blank", links[1]!["target"]!.GetValue<string>());
    }

    [Fact]
    public async Task Preview_WithKey_ShowsNeverPublishedDraftsUnderThePreviewRoute()
    {
        using var published = new HttpRequestMessage(HttpMethod.Get, "/umbraco/delivery/api/v2/content?filter=contentType:linkTarget");
        using var preview = new HttpRequestMessage(HttpMethod.Get, "/umbraco/delivery/api/v2/content?filter=contentType:linkTarget&sort=name:asc");
        preview.Headers.Add("Preview", "true");
        preview.Headers.Add("Api-Key", "fixture-key");

        var live = JsonNode.Parse(await (await _client.SendAsync(published)).Content.ReadAsStringAsync())!;
        var drafts = JsonNode.Parse(await (await _client.SendAsync(preview)).Content.ReadAsStringAsync())!;

        Assert.Equal(2, live["total"]!.GetValue<long>());
        Assert.Equal(3, drafts["total"]!.GetValue<long>());
        var draft = drafts["items"]![0]!;
        Assert.Equal("Draft Only", draft["name"]!.GetValue<string>());
        Assert.StartsWith("/preview-", draft["route"]!["path"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewPath_AnswersTheNeverPublishedDraftOnlyInPreview()
    {
        var draft = Guid.Parse("cda92daa-bd37-4226-bd7a-a63585983f1b");
        using var preview = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/content/item/preview-{draft}/");
        preview.Headers.Add("Preview", "true");
        preview.Headers.Add("Api-Key", "fixture-key");

        var found = JsonNode.Parse(await (await _client.SendAsync(preview)).Content.ReadAsStringAsync())!;

        Assert.Equal("Draft Only", found["name"]!.GetValue<string>());
        Assert.Equal($"/preview-{draft}/", found["route"]!["path"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/umbraco/delivery/api/v2/content/item/preview-{draft}/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/umbraco/delivery/api/v2/content/item/{draft}")).StatusCode);
        Assert.Equal("[]", await _client.GetStringAsync($"/umbraco/delivery/api/v2/content/items?id={draft}"));
    }

    [Fact]
    public async Task Items_ApplyExpandAndFields()
    {
        var items = JsonNode.Parse(await _client.GetStringAsync(
            $"/umbraco/delivery/api/v2/content/items?id={EditorFixture.Showcase}&expand=properties[picker]&fields=properties[picker,count]"))!.AsArray();

        var properties = items.Single()!["properties"]!.AsObject();
        Assert.Equal(["count", "picker"], properties.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("First", properties["picker"]!["properties"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Preview_WithWrongKey_Is401ProblemDetails()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/content/item/{EditorFixture.Showcase}");
        request.Headers.Add("Preview", "true");
        request.Headers.Add("Api-Key", "wrong");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
