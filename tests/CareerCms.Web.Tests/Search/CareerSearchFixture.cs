using System.Net.Http.Json;
using System.Text.Json;
using CareerCms.Web.Search.Careers;
using CareerCms.Web.Search.Indexing;
using CareerCms.Web.Tests.Infrastructure;
using CareerCms.Web.Tests.Sync;

namespace CareerCms.Web.Tests.Search;

/// <summary>
/// One site with the starter content plus careers chosen to pin relevance rules (exact, prefix, typo, phrase,
/// synonyms, accents, tie-breaks) and a hostile summary, shared by the search tests of a collection.
/// </summary>
public sealed class CareerSearchFixture : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public CareerCmsSite Site { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Guid Welder { get; private set; }

    public Guid TieBeta { get; private set; }

    public async Task InitializeAsync()
    {
        Site = await CareerCmsSite.StartAsync(
            uSyncFolder: StarterFolder.Path,
            settings: new Dictionary<string, string?>
            {
                // A configured synonym on top of the defaults (ML = machine learning, MLOps = ML Ops).
                ["CareerCms:Search:Careers:Synonyms:metalworker:0"] = "welder",
                // Generous: the tests send many requests from one client.
                ["CareerCms:Search:Careers:RateLimitPermits"] = "100000",
                [ExamineManagementTestComposer.Setting] = "true",
            });
        Welder = await CareerContent.CareerAsync(Site, "Welder", "Joins metal parts with heat.", "Manufacturing", "Entry", 30_000, 45_000);
        await CareerContent.CareerAsync(Site, "Welder Fabricator", "Cuts and assembles steel structures.", "Manufacturing", "Mid", 40_000, 60_000);
        await CareerContent.CareerAsync(Site, "Welders Guild Manager", "Leads a trade association.", "Manufacturing", "Senior", 60_000, 90_000);
        await CareerContent.CareerAsync(Site, "Wielder Operator", "Operates heavy tools.", "Other", "Entry", 25_000, 35_000);
        await CareerContent.CareerAsync(Site, "Manager of Guild Hall", "Runs the hall of a guild.", "Public Sector", "Senior", 50_000, 70_000);
        await CareerContent.CareerAsync(Site, "Cook", "Prepares meals in a kitchen.", "Retail", "Entry", 22_000, 30_000);
        await CareerContent.CareerAsync(Site, "Pharmacist", "Dispenses medicines safely.", "Healthcare", "Mid-Senior", 90_000, 130_000);
        await CareerContent.CareerAsync(Site, "Mechanic", "Repairs engines and vehicles.", "Manufacturing", "Mid", 35_000, 55_000);
        await CareerContent.CareerAsync(Site, "Café Manager", "Runs a busy café.", "Retail", "Mid", 28_000, 42_000);
        await CareerContent.CareerAsync(Site, "ML Ops Analyst", "Watches production models.", "AI/Infrastructure", "Mid", 70_000, 95_000);
        await CareerContent.CareerAsync(Site, "Tie Alpha Specialist", "Same text.", "Other", "Lead", 100_000, 120_000);
        TieBeta = await CareerContent.CareerAsync(Site, "Tie Beta Specialist", "Same text.", "Other", "Lead", 100_000, 120_000);
        await CareerContent.PathAsync(Site, TieBeta, Welder, "Welder to Tie Beta Specialist", "From welding to specialism", "Hard", engagement: 12);
        await CareerContent.CareerAsync(
            Site, "Escaping Test Career", "<script>alert(1)</script> & \"quotes\" for every welder", "Other", "Entry", 20_000, 21_000);
        await WaitForIndexingAsync();
        Client = Site.CreateClient();
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();

    public Task WaitForIndexingAsync() => WaitForIndexingAsync(Site);

    /// <summary>Waits until the site's indexes and career search show every change so far (fails after a minute, saying where each index stands).</summary>
    public static async Task WaitForIndexingAsync(CareerCmsSite site)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var sync = site.Get<ContentIndexSync>();
        try
        {
            await sync.WaitForIndexingAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("Indexing did not catch up: " + string.Join(" | ", sync.States));
        }
    }

    public async Task<CareerSearchResponse> SearchAsync(string queryString)
    {
        var response = await Client.GetAsync("/api/careers/search?" + queryString);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for '{queryString}': {body}");
        return JsonSerializer.Deserialize<CareerSearchResponse>(body, Json)!;
    }

    public static string Q(string text) => "q=" + Uri.EscapeDataString(text);

    public async Task<List<string>> NamesAsync(string text, int pageSize = 50) =>
        (await SearchAsync(Q(text) + "&pageSize=" + pageSize)).Hits.Select(h => h.Name).ToList();

    public async Task<HttpResponseMessage> GetAsync(string url) => await Client.GetAsync(url);

    public async Task<T> GetJsonAsync<T>(string url) => (await Client.GetFromJsonAsync<T>(url, Json))!;
}

[CollectionDefinition(Name)]
public sealed class CareerSearchCollection : ICollectionFixture<CareerSearchFixture>
{
    public const string Name = "Career search site";
}
