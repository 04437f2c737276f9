using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>Settings that change access and output: PublicAccess, allow/deny lists, RichTextOutputAsJson, Enabled.</summary>
public sealed class AccessSettingsTests
{
    private static Task<CareerCmsSite> StartAsync(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:Enabled"] = "true", ["Umbraco:CMS:DeliveryApi:ApiKey"] = "k" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return CareerCmsSite.StartAsync(uSyncFolder: EditorFixture.Folder, settings: all);
    }

    [Fact]
    public async Task PublicAccessFalse_RequiresTheApiKey()
    {
        await using var site = await StartAsync(("Umbraco:CMS:DeliveryApi:PublicAccess", "false"));
        var client = site.CreateClient();
        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/umbraco/delivery/api/v2/content");
        keyed.Headers.Add("Api-Key", "k");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/umbraco/delivery/api/v2/content")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(keyed)).StatusCode);
    }

    [Fact]
    public async Task Disabled_Is401()
    {
        await using var site = await StartAsync(("Umbraco:CMS:DeliveryApi:Enabled", "false"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await site.CreateClient().GetAsync("/umbraco/delivery/api/v2/content")).StatusCode);
    }

    [Fact]
    public async Task DisallowedType_IsNeitherQueryableNorFetchable()
    {
        await using var site = await StartAsync(("Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0", "linkTarget"));
        var client = site.CreateClient();

        var page = await client.GetObjectAsync("/umbraco/delivery/api/v2/content");
        Assert.Equal(["Showcase"], page.Names());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/umbraco/delivery/api/v2/content/item/{EditorFixture.TargetOne}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/umbraco/delivery/api/v2/content/item/target-one")).StatusCode);
        var items = JsonNode.Parse(await client.GetStringAsync($"/umbraco/delivery/api/v2/content/items?id={EditorFixture.TargetOne}&id={EditorFixture.Showcase}"))!.AsArray();
        Assert.Equal(["Showcase"], items.Select(i => i!["name"]!.GetValue<string>()));
        var showcase = await client.GetObjectAsync($"/umbraco/delivery/api/v2/content/item/{EditorFixture.Showcase}");
        Assert.Null(showcase["properties"]!["picker"]);
        Assert.Empty(showcase["properties"]!["pickers"]!.AsArray());
    }

    [Fact]
    public async Task AllowList_WinsOverDenyList()
    {
        await using var site = await StartAsync(
            ("Umbraco:CMS:DeliveryApi:AllowedContentTypeAliases:0", "linkTarget"),
            ("Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0", "linkTarget"));

        var page = await site.CreateClient().GetObjectAsync("/umbraco/delivery/api/v2/content?sort=name:asc");
        Assert.Equal(["Target One", "Target Two"], page.Names());
    }

    [Fact]
    public async Task RichTextOutputAsJson_RendersAnElementTree()
    {
        await using var site = await StartAsync(("Umbraco:CMS:DeliveryApi:RichTextOutputAsJson", "true"));

        var item = await site.CreateClient().GetObjectAsync($"/umbraco/delivery/api/v2/content/item/{EditorFixture.Showcase}");
        var rte = item["properties"]!["richText"]!;
        Assert.Equal("#root", rte["tag"]!.GetValue<string>());
        var paragraph = rte["elements"]![0]!;
        Assert.Equal("p", paragraph["tag"]!.GetValue<string>());
        var link = paragraph["elements"]!.AsArray().First(e => e!["tag"]!.GetValue<string>() == "a")!;
        Assert.Equal("/target-one/", link["attributes"]!["route"]!["path"]!.GetValue<string>());
        Assert.IsType<JsonArray>(rte["blocks"]);
    }
}
