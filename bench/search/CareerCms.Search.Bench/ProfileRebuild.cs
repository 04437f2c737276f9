using System.Diagnostics;
using CareerCms.Search.Indexing;
using CareerCms.Search.Model;
using CareerCms.Web.Search.Indexing;

namespace CareerCms.Search.Bench;

/// <summary>Where a rebuild spends its time: loading, building value sets, and Lucene writes (set CAREERCMS_BENCH_PROFILE=1).</summary>
internal static class ProfileRebuild
{
    public static async Task RunAsync(BenchSite site)
    {
        var loader = site.Get<ContentIndexLoader>();
        await using (var connection = await site.Get<CareerCms.Web.Persistence.DatabaseScopeProvider>().OpenConnectionAsync())
        {
            var repository = site.Get<CareerCms.Web.Persistence.Repositories.DocumentRepository>();
            var watch = Stopwatch.StartNew();
            var all = await repository.GetAllAsync(connection);
            var nodes = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var versions = await repository.GetVersionsByIdsAsync(connection, all.Where(d => d.PublishedVersionId is not null).Select(d => d.PublishedVersionId!.Value).ToArray());
            Console.WriteLine($"[profile] GetAllAsync {all.Count} in {nodes:0.00} s; published versions {versions.Count} in {watch.Elapsed.TotalSeconds:0.00} s");
        }

        var builder = site.Get<ContentValueSetBuilder>();
        foreach (var publishedOnly in (bool[])[true, false])
        {
            var clock = Stopwatch.StartNew();
            var load = TimeSpan.Zero;
            var build = TimeSpan.Zero;
            var sets = new List<ValueSet>();
            var enumerator = loader.LoadAllAsync(1000, publishedOnly, _ => { }, CancellationToken.None).GetAsyncEnumerator();
            while (true)
            {
                var start = Stopwatch.GetTimestamp();
                if (!await enumerator.MoveNextAsync())
                {
                    break;
                }

                load += Stopwatch.GetElapsedTime(start);
                start = Stopwatch.GetTimestamp();
                sets.AddRange(builder.Build(enumerator.Current, publishedOnly).Index);
                build += Stopwatch.GetElapsedTime(start);
            }

            Console.WriteLine($"[profile] publishedOnly={publishedOnly}: load {load.TotalSeconds:0.00} s, build {build.TotalSeconds:0.00} s for {sets.Count} value sets");
            foreach (var interval in (double[])[0.2, 30])
            {
                var folder = Directory.CreateTempSubdirectory("careercms-profile-").FullName;
                var options = new LuceneIndexOptions
                {
                    DirectoryPath = folder,
                    FieldDefinitions = new UmbracoFieldDefinitionCollection(publishedOnly),
                    Analyzer = publishedOnly ? CareerCms.Search.Analysis.IndexAnalyzer.Standard : CareerCms.Search.Analysis.IndexAnalyzer.CultureInvariantWhitespace,
                    CommitInterval = TimeSpan.FromSeconds(interval),
                };
                using (var index = new LuceneIndex("Profile" + interval + publishedOnly, options))
                {
                    ContentIndexTransforms.Attach(index);
                    clock.Restart();
                    foreach (var chunk in sets.Chunk(1000))
                    {
                        index.IndexItems(chunk);
                    }

                    await index.WaitForChangesAsync();
                    Console.WriteLine($"[profile]   write with commits every {interval} s: {clock.Elapsed.TotalSeconds:0.00} s ({sets.Count / clock.Elapsed.TotalSeconds:0} docs/s)");
                }

                Directory.Delete(folder, true);
            }
        }
    }
}
