using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCms.Plugin.Api.Matching;
using CareerCms.Plugin.Ports;

namespace CareerCms.Plugin.Bench;

/// <summary>Match-my-skills timings: the service's own time in-process (server time) and round trips over HTTP.</summary>
internal static class MatchTiming
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> ServerAsync(string dataDir, int count, string profilesOut)
    {
        await using var app = await InProcessSite.StartAsync(dataDir);
        var content = app.Services.GetRequiredService<ICareerContentReader>();
        var service = app.Services.GetRequiredService<CareerMatchService>();
        var profiles = VisitorProfiles.Generate(content, count, seed: 42);
        Console.WriteLine(FormattableString.Invariant(
            $"corpus: {content.GetCareers().Count} careers, {content.GetTransitionPaths().Count} paths, {content.GetSkills().Count} skills; {profiles.Count} visitor profiles, {profiles.Average(p => p.Skills!.Count):F1} skills on average (3-12)"));

        // Warm-up: the first match prepares the corpus (once per published-content snapshot), JIT, tiered compilation.
        foreach (var profile in profiles.Take(200))
        {
            Check(service.Match(profile));
        }

        var timings = new List<double>(profiles.Count);
        foreach (var profile in profiles)
        {
            var watch = Stopwatch.StartNew();
            var result = service.Match(profile);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            Check(result);
        }

        Console.WriteLine($"match-my-skills server time (CareerMatchService.Match, one thread, warm): {Percentiles.Describe(timings)}");
        await File.WriteAllTextAsync(profilesOut, JsonSerializer.Serialize(profiles, Json));
        return 0;
    }

    public static async Task<int> HttpAsync(string baseUrl, string profilesFile, int clients, int seconds)
    {
        var profiles = JsonSerializer.Deserialize<List<CareerMatchRequest>>(await File.ReadAllTextAsync(profilesFile), Json)!;
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        foreach (var profile in profiles.Take(50))
        {
            (await http.PostAsJsonAsync("/api/careers/match", profile, Json)).EnsureSuccessStatusCode();
        }

        var timings = new List<double>();
        var failures = 0;
        var next = 0;
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var mine = new List<double>();
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                var profile = profiles[Interlocked.Increment(ref next) % profiles.Count];
                var watch = Stopwatch.StartNew();
                using var response = await http.PostAsJsonAsync("/api/careers/match", profile, Json);
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(watch.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }

            lock (timings)
            {
                timings.AddRange(mine);
            }
        }));
        Console.WriteLine(FormattableString.Invariant(
            $"match-my-skills over HTTP ({clients} clients, {seconds} s): {timings.Count / deadline.Elapsed.TotalSeconds:F0} req/s, {failures} non-2xx; round trip {Percentiles.Describe(timings)}"));
        return failures == 0 ? 0 : 1;
    }

    private static void Check(CareerMatchResult result)
    {
        if (result.Status != CareerMatchStatus.Success)
        {
            throw new InvalidOperationException($"match failed: {result.Status}");
        }
    }
}
