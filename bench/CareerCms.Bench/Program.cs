using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using CareerCms.Web.Composition;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Corpus;

// corpus <folder>                                   writes the 1,627-career corpus as a uSync folder
// publish <provider> <connection> <dataDir> <count> republishes random careers; prints median and p99 latency
// backoffice <baseUrl> <email> <password> <count>  signs in to the management API and times the tree and the list
//                                                   (collection) view of the Careers folder: median, p95, p99
// browser <baseUrl> <email> <password> <count> <chromium>  times the list view of the Careers folder in the real UI
//                                                   (headless Chromium): page load to the first page shown, and
//                                                   in-app navigation to it
return args.FirstOrDefault() switch
{
    "corpus" => await WriteCorpusAsync(args[1]),
    "publish" => await PublishLatencyAsync(args[1], args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture)),
    "backoffice" => await BackofficeLatencyAsync(args[1], args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture)),
    "browser" => await BrowserTimingAsync(args[1], args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture), args[5]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: corpus <folder> | publish <Microsoft.Data.Sqlite|Npgsql> <connection> <dataDir> <count> | backoffice <baseUrl> <email> <password> <count> | browser <baseUrl> <email> <password> <count> <chromium>");
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

static async Task<int> BackofficeLatencyAsync(string baseUrl, string email, string password, int count)
{
    var cookies = new CookieContainer();
    using var handler = new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
    using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/umbraco/management/api/v1/") };

    // Antiforgery first (the readable UMB-XSRF-TOKEN cookie), then the sign-in, as the backoffice UI does.
    var watch = Stopwatch.StartNew();
    (await http.GetAsync(new Uri("server/status", UriKind.Relative))).EnsureSuccessStatusCode();
    var token = cookies.GetCookies(http.BaseAddress!).FirstOrDefault(c => c.Name == "UMB-XSRF-TOKEN")?.Value
        ?? throw new InvalidOperationException("no UMB-XSRF-TOKEN cookie from server/status");
    using var login = new HttpRequestMessage(HttpMethod.Post, new Uri("security/back-office/login", UriKind.Relative))
    {
        Content = JsonContent.Create(new { username = email, password }),
    };
    login.Headers.Add("X-UMB-XSRF-TOKEN", token);
    using var loginResponse = await http.SendAsync(login);
    if (!loginResponse.IsSuccessStatusCode)
    {
        Console.Error.WriteLine($"login failed: {(int)loginResponse.StatusCode} {await loginResponse.Content.ReadAsStringAsync()}");
        return 1;
    }

    Console.WriteLine(FormattableString.Invariant($"sign-in (server/status + login, first requests of the process): {watch.Elapsed.TotalMilliseconds:F0} ms"));

    using var roots = JsonDocument.Parse(await http.GetStringAsync(new Uri("tree/document/root?skip=0&take=50", UriKind.Relative)));
    var careers = roots.RootElement.GetProperty("items").EnumerateArray()
        .First(i => i.GetProperty("variants")[0].GetProperty("name").GetString() == "Careers");
    var id = careers.GetProperty("id").GetString();
    Console.WriteLine($"Careers folder {id}: {careers.GetProperty("childCount").GetInt32()} children");

    var scenarios = new (string Label, string[] Urls)[]
    {
        ("tree root (take=50)", ["tree/document/root?skip=0&take=50"]),
        ("tree children of Careers (take=50)", [$"tree/document/children?parentId={id}&skip=0&take=50"]),
        ("document/{id} (the folder's workspace)", [$"document/{id}"]),
        ("collection first page (take=50)", [$"collection/document/{id}?skip=0&take=50"]),
        ("collection first page (take=25, as the UI)", [$"collection/document/{id}?orderBy=sortOrder&orderDirection=Ascending&skip=0&take=25"]),
        ("collection by name desc (take=50)", [$"collection/document/{id}?orderBy=name&orderDirection=Descending&skip=0&take=50"]),
        ("collection filter 'engineer' (take=50)", [$"collection/document/{id}?filter=engineer&skip=0&take=50"]),
        ("collection last page (skip=1600)", [$"collection/document/{id}?skip=1600&take=50"]),
        ("open list view: document + collection", [$"document/{id}", $"collection/document/{id}?orderBy=sortOrder&orderDirection=Ascending&skip=0&take=25"]),
    };

    Console.WriteLine($"| request (sequential, {count} times after 5 warm-ups) | bytes | median ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    foreach (var (label, urls) in scenarios)
    {
        long bytes = 0;
        var timings = new List<double>(count);
        for (var i = -5; i < count; i++)
        {
            bytes = 0;
            var request = Stopwatch.StartNew();
            foreach (var url in urls)
            {
                using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
                var body = await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Console.Error.WriteLine($"{url}: HTTP {(int)response.StatusCode}");
                    return 1;
                }

                bytes += body.Length;
            }

            if (i >= 0)
            {
                timings.Add(request.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"| {label} | {bytes} | {Pct(timings, 0.5):F1} | {Pct(timings, 0.95):F1} | {Pct(timings, 0.99):F1} | {timings[^1]:F1} |"));
    }

    return 0;
}

static double Pct(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static async Task<int> BrowserTimingAsync(string baseUrl, string email, string password, int count, string chromium)
{
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = chromium,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        BaseURL = baseUrl,
    });
    var page = await context.NewPageAsync();
    page.SetDefaultTimeout(60000);

    await page.GotoAsync("/umbraco");
    await page.Locator("uui-input[name=username] input").FillAsync(email);
    await page.Locator("uui-input[name=password] input").FillAsync(password);
    await page.Locator("uui-button[label=Login]").ClickAsync();
    await page.Locator(".bo-header").WaitForAsync();

    var roots = await page.EvaluateAsync<JsonElement>(
        "() => fetch('/umbraco/management/api/v1/tree/document/root?skip=0&take=50').then(r => r.json())");
    var folder = roots.GetProperty("items").EnumerateArray().First(i => i.GetProperty("variants")[0].GetProperty("name").GetString() == "Careers");
    var id = folder.GetProperty("id").GetString()!;
    var firstChild = (await page.EvaluateAsync<JsonElement>(
        $"() => fetch('/umbraco/management/api/v1/tree/document/children?parentId={id}&skip=0&take=1').then(r => r.json())"))
        .GetProperty("items")[0].GetProperty("id").GetString()!;
    var table = $"[data-testid=workspace][data-document=\"{id}\"] [data-testid=collection-table] tbody tr";

    // Polls every animation frame until the selector matches; returns performance.now() then (ms since navigation start).
    const string WaitForRows = """
        async (selector) => {
          while (!document.querySelector(selector)) await new Promise(r => requestAnimationFrame(r));
          return performance.now();
        }
        """;

    // Time from setting the hash (an editor's click in the tree) until the first page's rows are in the document.
    const string Navigate = """
        async ([hash, selector]) => {
          const t0 = performance.now();
          location.hash = hash;
          while (!document.querySelector(selector)) await new Promise(r => requestAnimationFrame(r));
          return performance.now() - t0;
        }
        """;

    var load = new List<double>();
    var navigation = new List<double>();
    var uiOwn = new List<double>();
    for (var i = -2; i < count; i++)
    {
        // A full page load of /umbraco straight into the folder's list view (a bookmark, a refresh).
        await page.GotoAsync("about:blank");
        await page.GotoAsync($"/umbraco#/content/edit/{id}/collection", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var loaded = await page.EvaluateAsync<double>(WaitForRows, table);

        // From another document's workspace to the list view, inside the running app.
        var other = $"[data-testid=workspace][data-document=\"{firstChild}\"]";
        await page.EvaluateAsync<double>(Navigate, new object[] { $"#/content/edit/{firstChild}/content", other });
        var navigated = await page.EvaluateAsync<double>(Navigate, new object[] { $"#/content/edit/{id}/collection", table });
        var timing = await page.Locator($"[data-testid=workspace][data-document=\"{id}\"] [data-testid=collection-timing]").TextContentAsync() ?? "";
        if (i >= 0)
        {
            load.Add(loaded);
            navigation.Add(navigated);
            var ms = timing.Split('·').Last().Trim().Split(' ')[0];
            if (double.TryParse(ms, CultureInfo.InvariantCulture, out var own))
            {
                uiOwn.Add(own);
            }
        }
    }

    var shot = Environment.GetEnvironmentVariable("BENCH_SCREENSHOT") is { Length: > 0 } configured ? configured : Path.Combine(Path.GetTempPath(), "careercms-bench-collection.png");
    await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
    Console.WriteLine($"screenshot of the list view: {shot}");
    Console.WriteLine($"| list view of Careers (1,627 children), headless Chromium, {count} times after 2 warm-ups | median ms | p95 ms | max ms |");
    Console.WriteLine("|---|---:|---:|---:|");
    foreach (var (label, values) in new[]
    {
        ("page load of /umbraco#/content/edit/{Careers}/collection to the first page's rows", load),
        ("in-app navigation (another document -> the list view) to the rows", navigation),
        ("the UI's own figure (collection request + render, shown under the table)", uiOwn),
    })
    {
        if (values.Count == 0)
        {
            continue;
        }

        values.Sort();
        Console.WriteLine(FormattableString.Invariant($"| {label} | {Pct(values, 0.5):F0} | {Pct(values, 0.95):F0} | {values[^1]:F0} |"));
    }

    return 0;
}
