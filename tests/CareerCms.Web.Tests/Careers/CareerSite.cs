using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerCms.Plugin.Careers;
using CareerCms.Plugin.Notifications;
using CareerCms.Web.Careers;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.DeliveryApi.Endpoints;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Careers;

/// <summary>A site with the starter content for one test, and the content operations the count tests need.</summary>
internal sealed class CareerSite : IAsyncDisposable
{
    public const string Api = "/umbraco/delivery/api/v2/content";

    private CareerSite(CareerCmsSite site)
    {
        Site = site;
        Client = site.CreateClient();
    }

    public CareerCmsSite Site { get; }

    public HttpClient Client { get; }

    public static async Task<CareerSite> StartAsync(IDictionary<string, string?>? settings = null, TestDatabaseKind kind = TestDatabaseKind.Sqlite)
    {
        var all = StarterSiteFixture.Settings;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new CareerSite(await CareerCmsSite.StartAsync(kind, StarterSiteFixture.StarterFolder, all));
    }

    public async Task<Guid> CreatePathAsync(Guid target, Guid from, string difficulty, string name, int durationMin = 3)
    {
        var result = await Site.Get<ContentEditingService>().SaveAsync(
            new DocumentSaveRequest
            {
                ParentKey = target,
                ContentTypeAlias = "transitionPath",
                Name = name,
                Values = new Dictionary<string, string?>
                {
                    ["fromCareer"] = "umb://document/" + from.ToString("N"),
                    ["headline"] = name,
                    ["difficulty"] = $"[\"{difficulty}\"]",
                    ["durationMinMonths"] = durationMin.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["durationMaxMonths"] = (durationMin + 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            },
            -1);
        Assert.True(result.Succeeded, Describe(result));
        return result.Document!.Key;
    }

    public async Task PublishAsync(Guid key, bool descendants = false) =>
        Check(await TryPublishAsync(key, descendants));

    public Task<ContentOperationResult> TryPublishAsync(Guid key, bool descendants = false) =>
        Site.Get<ContentPublishingService>().PublishAsync(key, -1, descendants, includeUnpublishedDescendants: descendants);

    public async Task UnpublishAsync(Guid key) => Check(await Site.Get<ContentPublishingService>().UnpublishAsync(key, -1));

    public async Task MoveAsync(Guid key, Guid parent) => Check(await Site.Get<ContentStructureService>().MoveAsync(key, parent, -1));

    public async Task TrashAsync(Guid key) => Check(await Site.Get<ContentRecycleBinService>().TrashAsync(key, -1));

    public async Task RestoreAsync(Guid key) => Check(await Site.Get<ContentRecycleBinService>().RestoreAsync(key, null, -1));

    public async Task DeleteAsync(Guid key) => Check(await Site.Get<ContentRecycleBinService>().DeleteAsync(key, -1));

    /// <summary>The node's counts, after checking they equal a brute-force recount of the published content.</summary>
    public PathCountSnapshot CountsMatchingARecount() => CountsMatchingARecount(Site);

    /// <summary>A node's counts, after checking they equal a brute-force recount of that node's published content.</summary>
    public static PathCountSnapshot CountsMatchingARecount(CareerCmsSite node)
    {
        var fresh = new PublishedCacheCareerReader(node.Get<PublishedContentCache>());
        var recount = PathCountCalculator.Calculate(
            fresh.GetCareers().Select(c => c.ToPublishedCareer()),
            fresh.GetTransitionPaths().Select(p => p.ToPublishedPath()));
        var counts = node.Get<IPathCountReader>().Counts;
        Assert.Equal(recount, counts);
        return counts;
    }

    /// <summary>The careers whose indexed pathCount is <paramref name="count"/>, by name.</summary>
    public async Task<IReadOnlyList<string>> CareersIndexedWithPathCountAsync(int count) =>
        (await Client.GetObjectAsync($"{Api}?filter=contentType:career&filter=pathCount:{count}&sort=name:asc&take=50")).Names();

    /// <summary>Names the Delivery API returns for a query string.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string query) => (await Client.GetObjectAsync($"{Api}?{query}&take=50")).Names();

    /// <summary>The path-count dashboard's data, read as a signed-in backoffice user.</summary>
    public async Task<JsonObject> DashboardAsync()
    {
        using var backoffice = await Backoffice.BackofficeClient.SignInAsync(Site);
        return (await backoffice.Http.GetFromJsonAsync<JsonObject>("/umbraco/management/api/v1/career-cms/path-counts"))!;
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();

    private static void Check(ContentOperationResult result) => Assert.True(result.Succeeded, Describe(result));

    private static string Describe(ContentOperationResult result) =>
        $"{result.Status}: {string.Join("; ", result.Messages ?? [])} {string.Join("; ", result.ValidationErrors?.Select(e => e.Alias + ": " + e.Message) ?? [])}";
}
