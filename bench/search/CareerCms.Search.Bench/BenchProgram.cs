using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CareerCms.Web.Corpus;

namespace CareerCms.Search.Bench;

/// <summary>
/// Entry point: <c>dotnet run -c Release -- [--large 100000] [--queries 400] [--probes 20] [--out file.md]
/// [--skip-small 1] [--keep-data folder]</c>. Runs the occupations corpus (1,627 careers) and a generated large
/// corpus, and writes a markdown section. <c>--keep-data</c> keeps the large corpus's data folder; a later run with
/// the same folder only times the queries (for profiling).
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var large = Option(args, "--large", 100_000);
        var queries = Option(args, "--queries", 400);
        var probes = Option(args, "--probes", 20);
        var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
        var keptData = args.SkipWhile(a => a != "--keep-data").Skip(1).FirstOrDefault();
        var root = RepositoryRoot();
        var corpus = OccupationCorpus.Generate(null, root, AppContext.BaseDirectory);

        var report = new StringBuilder();
        report.AppendLine("## Search").AppendLine();
        report.AppendLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}, SQLite, Release build; `bench/search/run.sh`.")
            + " Query times are server-side: CareerSearchService (parse, Lucene query, one collector pass for hits and all four facets,"
            + " stored fields and snippets of 10 hits), in-process, one client, warm.")
            .AppendLine();
        if (Option(args, "--skip-small", 0) == 0)
        {
            report.Append(await SearchBenchmark.RunAsync(root, $"Occupations corpus ({corpus.Careers.Count():N0} careers, {corpus.Nodes.Count:N0} documents)", corpus.Nodes, queries, probes));
        }

        if (large > 0)
        {
            var nodes = SyntheticCorpus.Build(corpus, large);
            report.Append(await SearchBenchmark.RunAsync(root, $"Generated corpus ({nodes.Count:N0} documents)", nodes, queries, probes, keptData));
        }

        var text = report.ToString();
        Console.WriteLine(text);
        if (output is not null)
        {
            await File.WriteAllTextAsync(output, text);
        }

        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }

    private static string RepositoryRoot()
    {
        foreach (var start in (string[])[Directory.GetCurrentDirectory(), AppContext.BaseDirectory])
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CareerCms.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("CareerCms.sln not found above the current or the program's folder.");
    }
}
