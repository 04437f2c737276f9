using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerCms.Web.Tests.Webhooks;

/// <summary>One POST the receiver got.</summary>
internal sealed record ReceivedWebhook(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, int AnsweredWith)
{
    public JsonObject Json => JsonNode.Parse(Encoding.UTF8.GetString(Body))!.AsObject();

    public Guid Id => Guid.Parse(Json["id"]!.GetValue<string>());

    public string Event => Headers["Umb-Webhook-Event"];

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No header {name}.");
}

/// <summary>
/// A real HTTP receiver: a small Kestrel app on 127.0.0.1 and a free port that records every POST under /hooks/
/// and answers with the status <see cref="Respond"/> picks (200 by default).
/// </summary>
internal sealed class LoopbackWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private LoopbackWebhookReceiver(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>e.g. http://127.0.0.1:41234/hooks</summary>
    public string BaseUrl { get; }

    /// <summary>Chooses the answer to a POST from what came before it (the POST itself not included).</summary>
    public Func<string, JsonObject, IReadOnlyList<ReceivedWebhook>, int> Respond { get; set; } = (_, _, _) => 200;

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<LoopbackWebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackWebhookReceiver? receiver = null;
        app.MapPost("/hooks/{**name}", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var path = http.Request.Path.Value!;
            var status = receiver!.Respond(path, JsonNode.Parse(body)!.AsObject(), receiver.Received);
            receiver._received.Enqueue(new ReceivedWebhook(path, headers, body, status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver = new LoopbackWebhookReceiver(app, address.TrimEnd('/') + "/hooks");
        return receiver;
    }

    /// <summary>Waits until <paramref name="count"/> received POSTs match (10 s at most), and returns them in arrival order.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<ReceivedWebhook, bool> match, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = Received.Where(match).ToArray();
            if (found.Length >= count)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Got {found.Length} of {count} matching webhook(s); received: {string.Join("; ", Received.Select(r => $"{r.Path} {r.Event} {r.Id}"))}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
