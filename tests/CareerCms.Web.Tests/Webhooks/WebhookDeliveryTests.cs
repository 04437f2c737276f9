using System.Text;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Persistence;
using CareerCms.Web.Tests.Infrastructure;
using CareerCms.Web.Webhooks;

namespace CareerCms.Web.Tests.Webhooks;

/// <summary>
/// Webhooks end to end: content operations on a real site, deliveries to a real loopback HTTP receiver, signatures,
/// payloads, retries with backoff, the log, and the outbox's transaction.
/// </summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private const string Secret = "s3cret-for-tests";
    private static readonly Guid MlopsKey = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    private static readonly Guid DataEngineerKey = Guid.Parse("a9fe57e0-824e-4521-9b53-b516c5ca8347");
    private static readonly Guid FrontendKey = Guid.Parse("31e664e1-d508-4c0e-a2fb-a16b8c7e1cde");
    private static readonly Guid SoftwareToMlopsKey = Guid.Parse("b7d63d91-06d0-4359-aef0-858371c765fc");
    private static readonly Guid RevalidateKey = Guid.Parse("0d7a3f8e-5a51-4c3f-9a43-6f1c1b2e7d10");
    private LoopbackWebhookReceiver _receiver = null!;
    private CareerCmsSite _site = null!;

    public async Task InitializeAsync()
    {
        _receiver = await LoopbackWebhookReceiver.StartAsync();
        var settings = StarterSiteFixture.Settings;
        settings["Umbraco:CMS:Webhook:Period"] = "00:00:00.100";
        settings["CareerCms:Webhooks:AllowedHosts:0"] = "127.0.0.1";
        settings["Umbraco:CMS:Webhook:MaximumRetries"] = "2";
        settings["CareerCms:Webhooks:Definitions:0:Key"] = RevalidateKey.ToString();
        settings["CareerCms:Webhooks:Definitions:0:Name"] = "Frontend revalidation";
        settings["CareerCms:Webhooks:Definitions:0:Url"] = _receiver.BaseUrl + "/revalidate";
        settings["CareerCms:Webhooks:Definitions:0:Secret"] = Secret;
        settings["CareerCms:Webhooks:Definitions:0:Headers:X-Site"] = "careercms";
        for (var i = 0; i < WebhookEvents.All.Count; i++)
        {
            settings[$"CareerCms:Webhooks:Definitions:0:Events:{i}"] = WebhookEvents.All[i];
        }

        settings["CareerCms:Webhooks:Definitions:1:Url"] = _receiver.BaseUrl + "/paths-only";
        settings["CareerCms:Webhooks:Definitions:1:Events:0"] = WebhookEvents.ContentPublish;
        settings["CareerCms:Webhooks:Definitions:1:ContentTypes:0"] = "transitionPath";
        _site = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, settings: settings);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Publish_PostsASignedPayloadWithIdContentTypeAndRoute()
    {
        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(MlopsKey, -1)).Succeeded);

        var hook = (await _receiver.WaitForAsync(r => r.Path.EndsWith("/revalidate", StringComparison.Ordinal) && r.Id == MlopsKey)).Single();
        Assert.True(WebhookSignature.Verify(Secret, hook.Body, hook.Header("Umb-Webhook-Signature")));
        Assert.False(WebhookSignature.Verify("another-secret", hook.Body, hook.Header("Umb-Webhook-Signature")));
        Assert.StartsWith("sha256=", hook.Header("Umb-Webhook-Signature"), StringComparison.Ordinal);
        Assert.Equal("Umbraco.ContentPublish", hook.Event);
        Assert.Equal("0", hook.Header("Umb-Webhook-RetryCount"));
        Assert.True(Guid.TryParse(hook.Header("Umb-Webhook-Delivery"), out _));
        Assert.Equal("careercms", hook.Header("X-Site"));
        Assert.StartsWith("application/json", hook.Header("Content-Type"), StringComparison.Ordinal);
        Assert.StartsWith("Umbraco-Cms/17.", hook.Header("User-Agent"), StringComparison.Ordinal);

        var json = hook.Json;
        Assert.Equal("career", json["contentType"]!.GetValue<string>());
        Assert.Equal("MLOps Engineer", json["name"]!.GetValue<string>());
        Assert.Equal("/mlops-engineer/", json["route"]!["path"]!.GetValue<string>());
        Assert.Equal("careers", json["route"]!["startItem"]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task ContentTypeFilter_OnlyMatchingTypesAreDelivered()
    {
        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(MlopsKey, -1)).Succeeded);
        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(SoftwareToMlopsKey, -1)).Succeeded);

        var path = (await _receiver.WaitForAsync(r => r.Path.EndsWith("/paths-only", StringComparison.Ordinal))).Single();
        await _receiver.WaitForAsync(r => r.Path.EndsWith("/revalidate", StringComparison.Ordinal) && r.Id == SoftwareToMlopsKey);
        Assert.Equal(SoftwareToMlopsKey, path.Id);
        Assert.Equal("/mlops-engineer/software-engineer-to-mlops-engineer/", path.Json["route"]!["path"]!.GetValue<string>());
        Assert.False(path.Headers.ContainsKey("Umb-Webhook-Signature"));
    }

    [Fact]
    public async Task UnpublishTrashAndDelete_PostTheRouteTheItemHad()
    {
        var structure = _site.Get<ContentStructureService>();
        var publishing = _site.Get<ContentPublishingService>();
        var recycleBin = _site.Get<ContentRecycleBinService>();
        var copy = (await structure.CopyAsync(SoftwareToMlopsKey, FrontendKey, includeDescendants: false, -1)).Document!;
        Assert.True((await publishing.PublishAsync(copy.Key, -1)).Succeeded);
        var published = (await _receiver.WaitForAsync(r => r.Id == copy.Key && r.Event == WebhookEvents.ContentPublish && r.Path.EndsWith("/revalidate", StringComparison.Ordinal))).Single();
        var route = published.Json["route"]!["path"]!.GetValue<string>();
        Assert.StartsWith("/frontend-developer/", route, StringComparison.Ordinal);

        Assert.True((await publishing.UnpublishAsync(copy.Key, -1)).Succeeded);
        Assert.True((await publishing.PublishAsync(copy.Key, -1)).Succeeded);
        Assert.True((await recycleBin.TrashAsync(copy.Key, -1)).Succeeded);
        Assert.True((await recycleBin.DeleteAsync(copy.Key, -1)).Succeeded);

        var events = (await _receiver.WaitForAsync(r => r.Id == copy.Key && r.Path.EndsWith("/revalidate", StringComparison.Ordinal), count: 5)).ToArray();
        Assert.Equal(
            [WebhookEvents.ContentPublish, WebhookEvents.ContentUnpublish, WebhookEvents.ContentPublish, WebhookEvents.ContentMovedToRecycleBin, WebhookEvents.ContentDelete],
            events.Select(e => e.Event));
        Assert.Equal(route, events[1].Json["route"]!["path"]!.GetValue<string>());
        Assert.Equal(route, events[3].Json["route"]!["path"]!.GetValue<string>());
        Assert.Null(events[4].Json["route"]);
        Assert.Equal("transitionPath", events[4].Json["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task A500_IsRetriedWithBackoff_ThenDelivered_AndEveryAttemptIsLogged()
    {
        _receiver.Respond = (path, json, before) =>
            path.EndsWith("/revalidate", StringComparison.Ordinal) && json["id"]!.GetValue<string>() == DataEngineerKey.ToString()
                && !before.Any(r => r.Path == path && r.Id == DataEngineerKey) ? 500 : 200;

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(DataEngineerKey, -1)).Succeeded);

        var attempts = await _receiver.WaitForAsync(r => r.Path.EndsWith("/revalidate", StringComparison.Ordinal) && r.Id == DataEngineerKey, count: 2);
        Assert.Equal([500, 200], attempts.Select(a => a.AnsweredWith));
        Assert.Equal(["0", "1"], attempts.Select(a => a.Header("Umb-Webhook-RetryCount")));
        Assert.Equal(attempts[0].Header("Umb-Webhook-Delivery"), attempts[1].Header("Umb-Webhook-Delivery"));
        Assert.Equal(attempts[0].Body, attempts[1].Body);

        var service = _site.Get<WebhookService>();
        var delivery = Guid.Parse(attempts[0].Header("Umb-Webhook-Delivery"));
        var log = await WaitForLogAsync(service, delivery, 2);
        Assert.Equal([200, 500], log.Select(l => l.StatusCode));
        Assert.Equal([1, 0], log.Select(l => l.RetryCount));
        Assert.All(log, l => Assert.Equal(WebhookEvents.ContentPublish, l.EventAlias));
        Assert.Contains("Umb-Webhook-Signature: sha256=", log[0].RequestHeaders, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(attempts[1].Body), log[0].RequestBody);
        Assert.DoesNotContain(await service.GetRequestsAsync(RevalidateKey, 0, 100), r => r.Key == delivery);
    }

    [Fact]
    public async Task AnEndpointThatKeepsFailing_GetsMaximumRetries_ThenTheDeliveryIsMarkedFailed()
    {
        _receiver.Respond = (path, json, _) => json["id"]!.GetValue<string>() == FrontendKey.ToString() ? 503 : 200;

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(FrontendKey, -1)).Succeeded);

        // MaximumRetries = 2: the first attempt and two retries.
        var attempts = await _receiver.WaitForAsync(r => r.Path.EndsWith("/revalidate", StringComparison.Ordinal) && r.Id == FrontendKey, count: 3);
        var delivery = Guid.Parse(attempts[0].Header("Umb-Webhook-Delivery"));
        var service = _site.Get<WebhookService>();
        await WaitForLogAsync(service, delivery, 3);
        var request = await WaitForAsync(async () => (await service.GetRequestsAsync(RevalidateKey, 0, 100)).SingleOrDefault(r => r.Key == delivery && r.Status == WebhookRequest.Failed));
        await Task.Delay(500);
        Assert.Equal(3, _receiver.Received.Count(r => r.Path.EndsWith("/revalidate", StringComparison.Ordinal) && r.Id == FrontendKey));
        Assert.Equal(3, request.RetryCount);
    }

    [Fact]
    public async Task RolledBackOperation_QueuesNothing()
    {
        var scopes = _site.Get<DatabaseScopeProvider>();
        await using (var outer = await scopes.CreateScopeAsync())
        {
            Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(SoftwareToMlopsKey, -1)).Succeeded);

            // outer is not completed: the publish and its outbox rows roll back together.
        }

        Assert.True((await _site.Get<ContentPublishingService>().PublishAsync(MlopsKey, -1)).Succeeded);
        await _receiver.WaitForAsync(r => r.Id == MlopsKey);
        await Task.Delay(300);
        Assert.DoesNotContain(_receiver.Received, r => r.Id == SoftwareToMlopsKey);
        Assert.DoesNotContain(await _site.Get<WebhookService>().GetRequestsAsync(null, 0, 100), r => r.EntityKey == SoftwareToMlopsKey);
    }

    [Fact]
    public async Task OperationsJoinedToAnOuterTransaction_WriteTheOutboxInIt_AndDeliverOnceItCommits()
    {
        var scopes = _site.Get<DatabaseScopeProvider>();
        var publishing = _site.Get<ContentPublishingService>();
        await using (var outer = await scopes.CreateScopeAsync())
        {
            Assert.True((await publishing.UnpublishAsync(SoftwareToMlopsKey, -1)).Succeeded);
            Assert.True((await publishing.PublishAsync(FrontendKey, -1)).Succeeded);
            Assert.Empty(await _site.Get<WebhookService>().GetRequestsAsync(null, 0, 100));
            outer.Complete();
        }

        var unpublished = (await _receiver.WaitForAsync(r => r.Id == SoftwareToMlopsKey && r.Path.EndsWith("/revalidate", StringComparison.Ordinal))).Single();
        var published = (await _receiver.WaitForAsync(r => r.Id == FrontendKey && r.Path.EndsWith("/revalidate", StringComparison.Ordinal))).Single();
        Assert.Equal(WebhookEvents.ContentUnpublish, unpublished.Event);
        Assert.Equal("/mlops-engineer/software-engineer-to-mlops-engineer/", unpublished.Json["route"]!["path"]!.GetValue<string>());
        Assert.Equal(WebhookEvents.ContentPublish, published.Event);
        Assert.Equal("/frontend-developer/", published.Json["route"]!["path"]!.GetValue<string>());
        Assert.True(WebhookSignature.Verify(Secret, published.Body, published.Header(WebhookSignature.HeaderName)));
    }

    private static async Task<IReadOnlyList<WebhookLogEntry>> WaitForLogAsync(WebhookService service, Guid delivery, int count) =>
        await WaitForAsync(async () =>
        {
            var (items, _) = await service.GetLogsAsync(RevalidateKey, 0, 100);
            var entries = items.Where(l => l.RequestKey == delivery).ToArray();
            return entries.Length >= count ? entries : null;
        });

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "Timed out.");
            await Task.Delay(50);
        }
    }
}
