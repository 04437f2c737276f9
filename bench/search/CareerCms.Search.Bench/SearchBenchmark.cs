using System.Diagnostics;
using System.Globalization;
using System.Text;
using CareerCms.Search.Rebuilding;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Corpus;
using CareerCms.Web.Search.Careers;
using CareerCms.Web.Search.Indexing;

namespace CareerCms.Search.Bench;

/// <summary>One corpus: load it, rebuild both content indexes, time queries, time publish-to-searchable.</summary>
internal static class SearchBenchmark
{
    /// <param name="keptData">
    /// A data folder to keep (for profiling runs): a corpus already loaded there is reused, skipping the load and the
    /// rebuilds (set CAREERCMS_BENCH_REBUILD=1, or to an index name, to time them again). Null: a temporary folder, deleted afterwards.
    /// </param>
    public static async Task<string> RunAsync(string repositoryRoot, string label, IReadOnlyList<CorpusNode> nodes, int queriesPerSet, int probes, string? keptData = null)
    {
        var data = keptData ?? Directory.CreateTempSubdirectory("careercms-search-bench-").FullName;
        var loadedMarker = Path.Combine(data, "bench-corpus-loaded");
        var report = new StringBuilder();
        try
        {
            Directory.CreateDirectory(data);
            await using var site = await BenchSite.StartAsync(repositoryRoot, data);
            var sync = site.Get<ContentIndexSync>();
            await sync.WaitForIndexingAsync();
            if (File.Exists(loadedMarker))
            {
                Console.WriteLine($"[{label}] reusing the corpus loaded in {data}");
                await SettleAsync(label);
                if (Environment.GetEnvironmentVariable("CAREERCMS_BENCH_PROFILE") == "1")
                {
                    await ProfileRebuild.RunAsync(site);
                }

                if (Environment.GetEnvironmentVariable("CAREERCMS_BENCH_REBUILD") is { Length: > 0 } rebuild)
                {
                    await RebuildAsync(site, report, label, rebuild == "1" ? null : rebuild);
                    await sync.WaitForIndexingAsync();
                }

                await QueriesAsync(site, nodes, queriesPerSet, report, label);
                return report.ToString();
            }

            var clock = Stopwatch.StartNew();
            var loaded = await CorpusLoader.LoadAsync(site, nodes);
            var loadSeconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"[{label}] loaded {loaded} documents in {loadSeconds:0.0} s");

            if (Environment.GetEnvironmentVariable("CAREERCMS_BENCH_PROFILE") == "1")
            {
                await ProfileRebuild.RunAsync(site);
                if (Environment.GetEnvironmentVariable("CAREERCMS_BENCH_PROFILE_ONLY") == "1")
                {
                    return string.Empty;
                }
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"### {label}").AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"Load average when this corpus started: {LoadAverage()} (other jobs share the machine).").AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"{loaded:N0} documents written to SQLite in {loadSeconds:0.0} s (bulk, outside the benchmark).").AppendLine();
            await RebuildAsync(site, report, label);
            await sync.WaitForIndexingAsync();
            report.AppendLine();
            await QueriesAsync(site, nodes, queriesPerSet, report, label);
            await PublishToSearchableAsync(site, probes, report, label);
            if (keptData is not null)
            {
                await File.WriteAllTextAsync(loadedMarker, label);
            }
        }
        finally
        {
            try
            {
                if (keptData is null)
                {
                    Directory.Delete(data, recursive: true);
                }
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }

        return report.ToString();
    }

    private static async Task RebuildAsync(BenchSite site, StringBuilder report, string label, string? only = null)
    {
        report.AppendLine("| full rebuild | documents | seconds | documents/s | process CPU s |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var index in ContentIndexNames.All.Where(name => only is null || name == only))
        {
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var paused = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            var result = await site.Get<IndexRebuilder>().RebuildAsync(index);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Rebuilding {index} failed: {result.Message}");
            }

            Console.WriteLine($"[{label}] rebuilt {index}: {result.ItemCount} in {seconds:0.00} s, {cpuSeconds:0.0} CPU s, "
                + $"{(GC.GetTotalAllocatedBytes() - allocated) / 1e9:0.0} GB allocated, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.0} s (load average {LoadAverage()})");
            report.AppendLine(CultureInfo.InvariantCulture, $"| {index} | {result.ItemCount:N0} | {seconds:0.00} | {result.ItemCount / seconds:N0} | {cpuSeconds:0.0} |");
        }
    }

    /// <summary>Waits (up to a minute) until the process is nearly idle: a warm start checks and catches up indexes in the background.</summary>
    private static async Task SettleAsync(string label)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            await Task.Delay(1000);
            if ((Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds < 0.1)
            {
                break;
            }
        }

        Console.WriteLine($"[{label}] settled after {clock.Elapsed.TotalSeconds:0} s");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task QueriesAsync(BenchSite site, IReadOnlyList<CorpusNode> nodes, int perSet, StringBuilder report, string label)
    {
        var search = site.Get<CareerSearchService>();
        var sets = QuerySets.Build(nodes, perSet, seed: 20250106);
        foreach (var query in sets.SelectMany(s => s.Queries).Take(300))
        {
            await search.SearchAsync(new CareerSearchRequest { Query = query });
        }

        report.AppendLine("| query set (server-side, ms) | queries | p50 | p95 | p99 | max | with hits | CPU p50 | CPU p95 |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, queries) in sets)
        {
            var timings = new List<double>(queries.Count);
            var cpu = new List<double>(queries.Count);
            var found = 0;
            foreach (var query in queries)
            {
                var thread = Environment.CurrentManagedThreadId;
                var cpuStart = ThreadCpuClock.Now();
                var start = Stopwatch.GetTimestamp();
                var result = await search.SearchAsync(new CareerSearchRequest { Query = query });
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (cpuStart is { } before && ThreadCpuClock.Now() is { } after && thread == Environment.CurrentManagedThreadId)
                {
                    // Only when the search completed on the thread it started on (it does unless it had to wait for a cache).
                    cpu.Add(after - before);
                }

                found += result.Response!.Total > 0 ? 1 : 0;
            }

            var stats = LatencyStats.Of(timings);
            var cpuStats = cpu.Count > 0 ? LatencyStats.Of(cpu) : null;
            Console.WriteLine($"[{label}] {name}: p50 {stats.P50:0.00} p95 {stats.P95:0.00} p99 {stats.P99:0.00} ms; CPU p50 {cpuStats?.P50:0.00} p95 {cpuStats?.P95:0.00} ms");
            report.AppendLine(stats.Row(name, string.Create(
                CultureInfo.InvariantCulture, $" {100.0 * found / queries.Count:0}% | {(cpuStats is null ? "-" : cpuStats.P50.ToString("0.00", CultureInfo.InvariantCulture))} | {(cpuStats is null ? "-" : cpuStats.P95.ToString("0.00", CultureInfo.InvariantCulture))} |")));
        }

        var suggestTimings = new List<double>();
        foreach (var query in sets[0].Queries.Select(q => q[..Math.Min(q.Length, 1 + (q.Length % 4))]))
        {
            var start = Stopwatch.GetTimestamp();
            await search.SuggestAsync(query);
            suggestTimings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        report.AppendLine(LatencyStats.Of(suggestTimings).Row("suggest, 1-4 letters", " | | |"));
        var browse = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await search.SearchAsync(new CareerSearchRequest { Industries = i % 2 == 0 ? [] : ["Healthcare"] });
            browse.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        report.AppendLine(LatencyStats.Of(browse).Row("browse (no text, facets only)", " | | |")).AppendLine();
    }

    private static async Task PublishToSearchableAsync(BenchSite site, int probes, StringBuilder report, string label)
    {
        var editing = site.Get<ContentEditingService>();
        var publishing = site.Get<ContentPublishingService>();
        var search = site.Get<CareerSearchService>();
        var publishCall = new List<double>();
        var searchable = new List<double>();
        var afterReturn = new List<double>();
        // Probe 0 is a warm-up: after a bulk load, the first publish also lets other features catch up (the plugin's
        // full path-count recount re-indexes every career whose count it had not seen), which is not what we measure.
        for (var i = -1; i < probes; i++)
        {
            var token = string.Create(CultureInfo.InvariantCulture, $"probe{i + 1}zq{Environment.TickCount64 % 100000}");
            var saved = await editing.SaveAsync(new DocumentSaveRequest
            {
                ParentKey = CorpusContentTypes.StarterCareersRootKey,
                ContentTypeAlias = "career",
                Name = "Benchmark " + token,
                Values = new Dictionary<string, string?>
                {
                    ["summary"] = "A benchmark probe " + token,
                    ["industry"] = "[\"Other\"]",
                    ["experienceLevel"] = "[\"Mid\"]",
                    ["salaryMin"] = "50000",
                    ["salaryMax"] = "60000",
                },
            }, -1);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException($"Saving a probe failed: {saved.Status}");
            }

            var start = Stopwatch.GetTimestamp();
            var published = await publishing.PublishAsync(saved.Document!.Key, -1);
            publishCall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var returned = Stopwatch.GetTimestamp();
            if (!published.Succeeded)
            {
                throw new InvalidOperationException($"Publishing a probe failed: {published.Status}");
            }

            while (true)
            {
                var result = await search.SearchAsync(new CareerSearchRequest { Query = token + " " });
                if (result.Response!.Total > 0)
                {
                    break;
                }

                if (Stopwatch.GetElapsedTime(start) > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException("A published probe did not become searchable within 30 s.");
                }

                await Task.Delay(2);
            }

            if (i < 0)
            {
                Console.WriteLine($"[{label}] warm-up publish: call {publishCall[0]:0} ms, searchable after {Stopwatch.GetElapsedTime(start).TotalMilliseconds:0} ms");
                publishCall.Clear();
                continue;
            }

            searchable.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            afterReturn.Add(Stopwatch.GetElapsedTime(returned).TotalMilliseconds);
            await Task.Delay(100);
        }

        Console.WriteLine($"[{label}] publish-to-searchable p50 {LatencyStats.Of(searchable).P50:0} ms");
        report.AppendLine("| publish (ms) | probes | p50 | p95 | p99 | max |").AppendLine("|---|---:|---:|---:|---:|---:|");
        report.AppendLine(LatencyStats.Of(publishCall).Row("publish call returns"));
        report.AppendLine(LatencyStats.Of(searchable).Row("publish start → found by the career search"));
        report.AppendLine(LatencyStats.Of(afterReturn).Row("publish returned → found by the career search")).AppendLine();
    }
}
