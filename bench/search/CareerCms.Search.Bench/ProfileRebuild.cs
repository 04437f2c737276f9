using System.Diagnostics;
using CareerCms.Search.Indexing;
using CareerCms.Search.Model;
using CareerCms.Web.Search.Indexing;

namespace CareerCms.Search.Bench;

/// <summary>
/// Where a rebuild spends its time and allocations: loading, building value sets, and Lucene writes, each measured
/// on its own (set CAREERCMS_BENCH_PROFILE=1).
/// </summary>
internal static class ProfileRebuild
{
    public static async Task RunAsync(BenchSite site)
    {
        var loader = site.Get<ContentIndexLoader>();
        var builder = site.Get<ContentValueSetBuilder>();
        foreach (var publishedOnly in (bool[])[true, false])
        {
            var load = new Stage();
            var build = new Stage();
            var sets = new List<ValueSet>();
            var enumerator = loader.LoadAllAsync(1000, publishedOnly, _ => { }, CancellationToken.None).GetAsyncEnumerator();
            while (true)
            {
                load.Start();
                var more = await enumerator.MoveNextAsync();
                load.Stop();
                if (!more)
                {
                    break;
                }

                build.Start();
                sets.AddRange(builder.Build(enumerator.Current, publishedOnly).Index);
                build.Stop();
            }

            Console.WriteLine($"[profile] publishedOnly={publishedOnly}: load {load}; build {build}; {sets.Count} value sets");
            await WriteAsync("as built", sets, publishedOnly, publishedOnly);
            if (publishedOnly && Environment.GetEnvironmentVariable("CAREERCMS_BENCH_PROFILE_VARIANTS") == "1")
            {
                await WriteAsync("whitespace analyzer", sets, publishedOnly, standardAnalyzer: false);
                await WriteAsync("without search_body", Without(sets, name => name == CareerSearchFieldNames.Body), publishedOnly, true);
                await WriteAsync("without numbers and dates", Without(sets, IsNumeric), publishedOnly, true);
                await WriteAsync("without nested item fields", Without(sets, name => name.Contains(".items[", StringComparison.Ordinal)), publishedOnly, true);
            }
        }
    }

    private static readonly HashSet<string> NumericFields =
    [
        "parentID", "level", "writerID", "creatorID", "sortOrder", "templateID", "id", "createDate", "updateDate",
        CareerSearchFieldNames.SalaryMin, CareerSearchFieldNames.SalaryMax, CareerSearchFieldNames.PathCount, CareerSearchFieldNames.Engagement,
    ];

    private static bool IsNumeric(string name) => NumericFields.Contains(name);

    private static List<ValueSet> Without(List<ValueSet> sets, Func<string, bool> drop) =>
        sets.Select(set => set.WithValues(set.Values.Where(pair => !drop(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value))).ToList();

    private static async Task WriteAsync(string label, List<ValueSet> sets, bool publishedOnly, bool standardAnalyzer)
    {
        var folder = Directory.CreateTempSubdirectory("careercms-profile-").FullName;
        var options = new LuceneIndexOptions
        {
            DirectoryPath = folder,
            FieldDefinitions = new UmbracoFieldDefinitionCollection(publishedOnly),
            Analyzer = standardAnalyzer ? CareerCms.Search.Analysis.IndexAnalyzer.Standard : CareerCms.Search.Analysis.IndexAnalyzer.CultureInvariantWhitespace,
            CommitInterval = TimeSpan.FromMinutes(10),
            RamBufferSizeMb = 256,
            NrtEnabled = false,
        };
        using (var index = new LuceneIndex("Profile" + publishedOnly, options))
        {
            ContentIndexTransforms.Attach(index);
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            foreach (var chunk in sets.Chunk(1000))
            {
                index.IndexItems(chunk);
            }

            await index.WaitForChangesAsync();
            Console.WriteLine($"[profile]   write {label} (one flush, no commit): {clock.Elapsed.TotalSeconds:0.00} s, "
                + $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} CPU s, {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:0.00} GB allocated");
        }

        Directory.Delete(folder, true);
    }

    private sealed class Stage
    {
        private long _started;
        private long _allocatedAtStart;
        private TimeSpan _cpuAtStart;
        private TimeSpan _elapsed;
        private TimeSpan _cpu;
        private long _allocated;

        public void Start()
        {
            _started = Stopwatch.GetTimestamp();
            _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
            _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        }

        public void Stop()
        {
            _elapsed += Stopwatch.GetElapsedTime(_started);
            _allocated += GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart;
            _cpu += Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        }

        public override string ToString() =>
            $"{_elapsed.TotalSeconds:0.00} s, {_cpu.TotalSeconds:0.0} CPU s, {_allocated / 1e9:0.00} GB allocated";
    }
}
