using System.Diagnostics;
using System.Globalization;
using CareerCms.Web.Composition;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Corpus;

// corpus <folder>                                   writes the 1,627-career corpus as a uSync folder
// publish <provider> <connection> <dataDir> <count> republishes random careers; prints median and p99 latency
return args.FirstOrDefault() switch
{
    "corpus" => await WriteCorpusAsync(args[1]),
    "publish" => await PublishLatencyAsync(args[1], args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: corpus <folder> | publish <Microsoft.Data.Sqlite|Npgsql> <connection> <dataDir> <count>");
    return 2;
}

static async Task<int> WriteCorpusAsync(string folder)
{
    var watch = Stopwatch.StartNew();
    var corpus = OccupationCorpus.Generate();
    var generated = watch.Elapsed;
    var result = await OccupationCorpusWriter.WriteUSyncFolderAsync(corpus, folder, overwrite: true);
    Console.WriteLine(FormattableString.Invariant(
        $"corpus: {corpus.Nodes.Count} nodes generated in {generated.TotalMilliseconds:F0} ms, {result} written in {watch.Elapsed.TotalMilliseconds:F0} ms"));
    return 0;
}

static async Task<int> PublishLatencyAsync(string provider, string connection, string dataDir, int count)
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration["ConnectionStrings:umbracoDbDSN"] = connection;
    builder.Configuration["ConnectionStrings:umbracoDbDSN_ProviderName"] = provider;
    builder.Configuration["CareerCms:DataDirectory"] = dataDir;
    builder.Configuration["uSync:Settings:ImportOnFirstBoot"] = "false";
    builder.Configuration["Umbraco:CMS:DeliveryApi:Enabled"] = "true";
    builder.Logging.ClearProviders();
    builder.Services.AddCareerCmsRuntime(builder.Configuration, builder.Environment);
    builder.Services.AddUmbracoComposition(builder.Configuration, typeof(CareerCmsStartup).Assembly).AddCareerCmsHostFeatures().Build();
    await using var app = builder.Build();
    await app.Services.GetRequiredService<CareerCmsStartup>().RunAsync(CancellationToken.None);

    var careers = (await app.Services.GetRequiredService<ContentQueryService>().GetAllAsync())
        .Where(d => d.ContentTypeAlias == "career" && d.Published).Select(d => d.Key).ToArray();
    var publishing = app.Services.GetRequiredService<ContentPublishingService>();
    var random = new Random(42);
    var timings = new List<double>(count);
    for (var i = 0; i < count; i++)
    {
        var key = careers[random.Next(careers.Length)];
        var watch = Stopwatch.StartNew();
        var result = await publishing.PublishAsync(key, -1);
        timings.Add(watch.Elapsed.TotalMilliseconds);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"publish failed: {result.Status}");
            return 1;
        }
    }

    timings.Sort();
    double Percentile(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
    Console.WriteLine(FormattableString.Invariant(
        $"publish ({provider}, {careers.Length} careers, {count} publishes incl. index update): median {Percentile(0.5):F1} ms, p99 {Percentile(0.99):F1} ms"));
    return 0;
}
