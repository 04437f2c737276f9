using System.Diagnostics;
using CareerCms.Web.Search.Indexing;

namespace CareerCms.Search.Bench;

/// <summary>Where a rebuild spends its time: loading, building value sets (per index), and nothing else.</summary>
internal static class ProfileRebuild
{
    public static async Task RunAsync(BenchSite site)
    {
        var loader = site.Get<ContentIndexLoader>();
        var builder = site.Get<ContentValueSetBuilder>();
        foreach (var publishedOnly in (bool[])[true, false])
        {
            var clock = Stopwatch.StartNew();
            var batches = new List<ContentIndexBatch>();
            await foreach (var batch in loader.LoadAllAsync(1000, publishedOnly, _ => { }, CancellationToken.None))
            {
                batches.Add(batch);
            }

            var load = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var count = 0;
            foreach (var batch in batches)
            {
                count += builder.Build(batch, publishedOnly).Index.Count;
            }



            Console.WriteLine($"[profile] publishedOnly={publishedOnly}: load {load:0.00} s, build {clock.Elapsed.TotalSeconds:0.00} s for {count} value sets");
        }
    }
}
