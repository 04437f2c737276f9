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

/// <summary>Security review M1: webhook targets may only be public addresses, checked at save and at every connection.</summary>
public sealed class WebhookTargetPolicyTests
{
    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://172.20.0.1/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://100.100.100.200/")]
    [InlineData("http://localhost/")]
    [InlineData("http://LOCALHOST:8080/")]
    [InlineData("http://api.localhost/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://127.1/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0177.0.0.1/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://224.0.0.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[::ffff:a9fe:a9fe]/")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/")]
    [InlineData("http://[fd00:ec2::254]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://user:secret@example.com/")]
    [InlineData("http://example.com/\r\nX-Injected: 1")]
    [InlineData("http://example.com/ path")]
    [InlineData("ftp://example.com/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("")]
    public void UrlProblem_ForNonPublicOrMalformedTargets_IsReported(string url) =>
        Assert.NotNull(WebhookTargetPolicy.UrlProblem(url, []));

    [Theory]
    [InlineData("https://example.com/hooks")]
    [InlineData("http://frontend.example.org:3000/api/revalidate")]
    [InlineData("http://93.184.216.34/")]
    [InlineData("http://[2606:2800:220:1:248:1893:25c8:1946]/")]
    public void UrlProblem_ForPublicTargets_IsNull(string url) =>
        Assert.Null(WebhookTargetPolicy.UrlProblem(url, []));

    [Theory]
    [InlineData("http://localhost:3000/revalidate", "localhost")]
    [InlineData("http://127.0.0.1:3000/revalidate", "127.0.0.1")]
    public void UrlProblem_ForAnAllowedDevelopmentHost_IsNull(string url, string allowed) =>
        Assert.Null(WebhookTargetPolicy.UrlProblem(url, [allowed]));

    [Fact]
    public void CheckHeaders_WithCrLfInAValueOrABadName_IsRefused()
    {
        Assert.NotNull(WebhookValidation.CheckHeaders(new Dictionary<string, string> { ["X-Site"] = "a\r\nHost: internal" }));
        Assert.NotNull(WebhookValidation.CheckHeaders(new Dictionary<string, string> { ["X Site"] = "a" }));
        Assert.Null(WebhookValidation.CheckHeaders(new Dictionary<string, string> { ["X-Site"] = "careercms" }));
    }
}

/// <summary>M1 through a real site: rebinding DNS, redirects and what the delivery log keeps.</summary>
public sealed class WebhookTargetDeliveryTests : IAsyncLifetime
{
    private const string Api = "/umbraco/management/api/v1/webhook";
    private const string RebindingHost = "rebind.careercms.test";
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
        settings["Umbraco:CMS:Webhook:MaximumRetries"] = "0";
        settings["CareerCms:Webhooks:AllowedHosts:0"] = "127.0.0.1";
        _site = await CareerCmsSite.StartAsync(
            uSyncFolder: StarterSiteFixture.StarterFolder,
            settings: settings,
            testServices: services => services.AddSingleton<WebhookHostResolver>(new RebindingResolver()));

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
    public async Task Create_WithAMetadataAddress_Answers400()
    {
        var response = await _client.PostAsJsonAsync(Api, new { url = "http://169.254.169.254/latest/meta-data/", events = new[] { WebhookEvents.ContentPublish } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid URL", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deliver_ToAHostThatResolvesToLoopback_IsRefusedAtConnectionAndNothingArrives()
    {
        var port = new Uri(_receiver.BaseUrl).Port;
        var id = await CreateAsync($"http://{RebindingHost}:{port}/hooks/rebound");

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(MlopsKey, -1)).Succeeded);

        var log = (await WaitForLogsAsync(id)).Single()!;
        Assert.True(log["exceptionOccured"]!.GetValue<bool>());
        Assert.Contains("not a public address", log["responseBody"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(_receiver.Received, r => r.Path.EndsWith("/rebound", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deliver_ARedirect_IsNotFollowed_AndTheLogKeepsOnlyAShortExcerpt()
    {
        _receiver.Respond = (path, _, _) => path.EndsWith("/redirecting", StringComparison.Ordinal) ? 302 : 200;
        var id = await CreateAsync(_receiver.BaseUrl + "/redirecting");

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(MlopsKey, -1)).Succeeded);

        var log = (await WaitForLogsAsync(id)).Single()!;
        Assert.Equal(302, log["statusCode"]!.GetValue<int>());
        Assert.Contains("not followed", log["responseBody"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(_receiver.Received, r => r.Path.EndsWith("/redirecting", StringComparison.Ordinal));
        Assert.True(log["responseBody"]!.GetValue<string>().Length <= WebhookSender.MaxExcerpt + 64);
    }

    private async Task<string> CreateAsync(string url)
    {
        var created = await _client.PostAsJsonAsync(Api, new { url, events = new[] { WebhookEvents.ContentPublish } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    private async Task<JsonArray> WaitForLogsAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var items = JsonNode.Parse(await _client.GetStringAsync($"{Api}/{id}/logs"))!["items"]!.AsArray();
            if (items.Count > 0 || DateTime.UtcNow > deadline)
            {
                return items;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>A DNS server that answers loopback for a public-looking name: what a rebinding attacker's would do.</summary>
    private sealed class RebindingResolver : WebhookHostResolver
    {
        public override Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            host.Equals(RebindingHost, StringComparison.OrdinalIgnoreCase)
                ? Task.FromResult(new[] { IPAddress.Loopback })
                : base.ResolveAsync(host, cancellationToken);
    }
}
