using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCms.Plugin.Api.PathStarts;

namespace CareerCms.Plugin.Bench;

/// <summary>
/// Concurrent clients starting paths over HTTP, each request as a new visitor (its own visitor cookie), so every
/// acknowledged start is a counted one. Each acknowledgement is appended (flushed) to a log before it is tallied,
/// which is what the kill -9 check compares with the stored rows.
/// </summary>
internal static class PathStartLoad
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(string baseUrl, int clients, int seconds, string ackFile)
    {
        using var handler = new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var paths = await PathIdsAsync(http);
        await using var log = new StreamWriter(ackFile, append: true) { AutoFlush = true };
        var timings = new List<double>();
        long acknowledged = 0, alreadyCounted = 0, rejected = 0, failed = 0;
        var lastAck = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var random = new Random(client);
            var mine = new List<double>();
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                var path = paths[random.Next(paths.Count)];
                var visitor = Guid.NewGuid().ToString("N");
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/careers/paths/{path}/start");
                request.Headers.Add("Cookie", "careercms_visitor=" + visitor);
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await http.SendAsync(request);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref rejected);
                        continue;
                    }

                    var body = await response.Content.ReadFromJsonAsync<PathStartResponse>(Json);
                    mine.Add(watch.Elapsed.TotalMilliseconds);
                    if (body is not { Counted: true })
                    {
                        Interlocked.Increment(ref alreadyCounted);
                        continue;
                    }

                    var day = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    lock (log)
                    {
                        log.WriteLine($"{path:D} {visitor} {day}");
                        acknowledged++;
                        lastAck = clock.Elapsed;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    // The site is down (killed, restarting): count it and try again shortly.
                    Interlocked.Increment(ref failed);
                    await Task.Delay(20);
                }
            }

            lock (timings)
            {
                timings.AddRange(mine);
            }
        }));

        var active = lastAck.TotalSeconds > 0 ? lastAck.TotalSeconds : clock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"path starts ({clients} clients, {seconds} s, {paths.Count} paths): {acknowledged} acknowledged as counted ({acknowledged / active:F0}/s until the last one), {alreadyCounted} already counted, {rejected} non-2xx, {failed} failed requests; latency {Percentiles.Describe(timings)}"));
        return 0;
    }

    private static async Task<List<Guid>> PathIdsAsync(HttpClient http)
    {
        using var page = JsonDocument.Parse(await http.GetStringAsync("/umbraco/delivery/api/v2/content?filter=contentType:transitionPath&take=500"));
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }
}
