using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;
using CareerCms.Web.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCms.Web.Tests.Webhooks;

/// <summary>
/// <see cref="WebhookManagementApi.MapWebhookManagementApi"/> mounted on a group of a small test host over the
/// site's services (the site itself leaves mounting it, behind backoffice authorization, to the backoffice).
/// </summary>
public sealed class WebhookManagementApiTests : IAsyncLifetime
{
    private const string Api = "/umbraco/management/api/v1/webhook";
    private static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    private LoopbackWebhookReceiver _receiver = null!;
    private CareerCmsSite _site = null!;
    private WebApplication _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _receiver = await LoopbackWebhookReceiver.StartAsync();
        var settings = StarterSiteFixture.Settings;
        settings["Umbraco:CMS:Webhook:Period"] = "00:00:00.100";
        settings["CareerCms:Webhooks:AllowedHosts:0"] = "127.0.0.1";
        settings["CareerCms:Webhooks:Definitions:0:Url"] = _receiver.BaseUrl + "/configured";
        settings["CareerCms:Webhooks:Definitions:0:Events:0"] = WebhookEvents.ContentUnpublish;
        _site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: settings);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(_site.Get<WebhookService>());
        _host = builder.Build();
        _host.MapGroup("/umbraco/management/api/v1").MapWebhookManagementApi();
        await _host.StartAsync();
        _client = _host.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task CreateDeliverReadLogsAndDelete()
    {
        var created = await _client.PostAsJsonAsync(Api, new
        {
            name = "Frontend",
            url = _receiver.BaseUrl + "/created",
            events = new[] { WebhookEvents.ContentPublish },
            secret = "abc",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var webhook = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var id = webhook["id"]!.GetValue<string>();
        Assert.True(webhook["hasSecret"]!.GetValue<bool>());
        Assert.Null(webhook["secret"]);
        Assert.Equal("database", webhook["source"]!.GetValue<string>());

        var all = JsonNode.Parse(await _client.GetStringAsync(Api))!;
        Assert.Equal(2, all["total"]!.GetValue<long>());
        Assert.Contains(all["items"]!.AsArray(), w => w!["source"]!.GetValue<string>() == "configuration");

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(MlopsKey, -1)).Succeeded);
        var hook = (await _receiver.WaitForAsync(r => r.Path.EndsWith("/created", StringComparison.Ordinal))).Single();
        Assert.True(WebhookSignature.Verify("abc", hook.Body, hook.Header(WebhookSignature.HeaderName)));

        var logs = await WaitForLogsAsync($"{Api}/{id}/logs");
        Assert.Equal(200, logs[0]!["statusCode"]!.GetValue<int>());
        Assert.True(logs[0]!["isSuccessStatusCode"]!.GetValue<bool>());
        Assert.Equal(WebhookEvents.ContentPublish, logs[0]!["eventAlias"]!.GetValue<string>());
        Assert.Equal(hook.Header(WebhookSignature.DeliveryHeaderName), logs[0]!["deliveryId"]!.GetValue<string>());
        Assert.NotEmpty(JsonNode.Parse(await _client.GetStringAsync($"{Api}/logs"))!["items"]!.AsArray());

        Assert.Equal(HttpStatusCode.OK, (await _client.DeleteAsync($"{Api}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Api}/{id}")).StatusCode);
    }

    [Fact]
    public async Task InvalidDefinitions_AreRefused_AndConfiguredWebhooksAreReadOnly()
    {
        var badUrl = await _client.PostAsJsonAsync(Api, new { url = "ftp://example.invalid/x", events = new[] { WebhookEvents.ContentPublish } });
        var badEvent = await _client.PostAsJsonAsync(Api, new { url = _receiver.BaseUrl + "/x", events = new[] { "Umbraco.Nope" } });
        var configured = JsonNode.Parse(await _client.GetStringAsync(Api))!["items"]![0]!["id"]!.GetValue<string>();
        var update = await _client.PutAsJsonAsync($"{Api}/{configured}", new { url = _receiver.BaseUrl + "/x", events = new[] { WebhookEvents.ContentPublish } });

        Assert.Equal(HttpStatusCode.BadRequest, badUrl.StatusCode);
        Assert.Equal("Invalid URL", JsonNode.Parse(await badUrl.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, badEvent.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, update.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.DeleteAsync($"{Api}/{configured}")).StatusCode);
        Assert.Equal(WebhookEvents.All, JsonNode.Parse(await _client.GetStringAsync($"{Api}/events"))!.AsArray().Select(e => e!.GetValue<string>()));
    }

    private async Task<JsonArray> WaitForLogsAsync(string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var items = JsonNode.Parse(await _client.GetStringAsync(url))!["items"]!.AsArray();
            if (items.Count > 0 || DateTime.UtcNow > deadline)
            {
                return items;
            }

            await Task.Delay(50);
        }
    }
}
