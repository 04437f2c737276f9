using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CareerCms.Plugin.Api.PathStarts;
using CareerCms.Plugin.Ports;
using CareerCms.Web.Persistence;
using CareerCms.Web.Tests.Infrastructure;
using Dapper;
using Xunit.Abstractions;

namespace CareerCms.Web.Tests.Careers;

/// <summary>
/// kill -9 of the real site (a child process on Kestrel) while visitors start a path as fast as they can: after a
/// restart every start the site acknowledged as counted is in the database and in the count.
/// </summary>
public abstract class PathStartCrashTests(TestDatabaseKind kind, ITestOutputHelper output)
{
    private const int Clients = 32;

    [Fact]
    public async Task Starts_WhenTheSiteIsKilledUnderLoad_NoAcknowledgedStartIsLost()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("careercms-startcrash-").FullName;
        await using var cleanup = new Persistence.TempFolder(dataDirectory);
        await using var database = await TestDatabase.CreateAsync(kind, dataDirectory);
        var url = $"http://127.0.0.1:{FreePort()}";
        var acknowledged = new ConcurrentBag<(string Cookie, DateOnly Day)>();
        TimeSpan loadTime;
        using (var site = ChildProcess.Start(ChildProcess.SiteDll(), Environment(database, dataDirectory), "--urls", url))
        {
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
            await WaitUntilUpAsync(client, site);
            using var stop = new CancellationTokenSource();
            var started = DateTime.UtcNow;
            var load = Enumerable.Range(0, Clients).Select(c => Task.Run(() => StartLoopAsync(client, c, acknowledged, stop.Token))).ToArray();
            while (acknowledged.Count < 1000 && DateTime.UtcNow - started < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(20);
            }

            await site.KillAsync();
            loadTime = DateTime.UtcNow - started;
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        await using var restarted = await CareerCmsSite.StartAsync(kind: kind, dataDirectory: dataDirectory, database: database);
        var stored = await StoredVisitorsAsync(restarted);
        var lost = acknowledged.Where(a => !stored.Contains(VisitorIdentity.Hash("", a.Day, "cookie:" + a.Cookie))).ToList();
        output.WriteLine($"{acknowledged.Count} starts acknowledged in {loadTime.TotalSeconds:0.00} s ({acknowledged.Count / loadTime.TotalSeconds:0} per s) before kill -9; {stored.Count} stored");
        Assert.True(acknowledged.Count >= 1000, $"Only {acknowledged.Count} starts were acknowledged before the kill.");
        Assert.Empty(lost);
        Assert.Equal(stored.Count, restarted.Get<IPathStartStore>().GetCount(StarterKeys.SoftwareEngineerPath));
    }

    private static Dictionary<string, string> Environment(TestDatabase database, string dataDirectory) => new()
    {
        ["ConnectionStrings__umbracoDbDSN"] = database.ConnectionString,
        ["ConnectionStrings__umbracoDbDSN_ProviderName"] = database.ProviderName,
        ["CareerCms__DataDirectory"] = dataDirectory,
        ["uSync__Settings__RootFolder"] = StarterSiteFixture.StarterFolder,
        ["uSync__Settings__ImportOnFirstBoot"] = "true",
        ["Umbraco__CMS__DeliveryApi__Enabled"] = "true",
        ["CareerCms__PathStarts__PermitLimit"] = "100000",
        ["CareerCms__PathStarts__AcceptUnsignedVisitorIds"] = "true",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static async Task StartLoopAsync(HttpClient client, int clientNumber, ConcurrentBag<(string, DateOnly)> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var cookie = $"crash-{clientNumber}-{i}";
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/careers/paths/{StarterKeys.SoftwareEngineerPath}/start");
            request.Headers.Add("Cookie", $"careercms_visitor={cookie}");
            try
            {
                using var response = await client.SendAsync(request, stop);
                if (response.StatusCode == HttpStatusCode.OK
                    && JsonNode.Parse(await response.Content.ReadAsStringAsync(stop))!["counted"]!.GetValue<bool>())
                {
                    acknowledged.Add((cookie, DateOnly.FromDateTime(DateTime.UtcNow)));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException)
            {
                // The site is gone (or going): no acknowledgement, nothing promised.
                await Task.Delay(10, CancellationToken.None);
            }
        }
    }

    private static async Task WaitUntilUpAsync(HttpClient client, ChildProcess site)
    {
        // First boot imports the starter content; on a loaded machine that can take a minute or more.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/api/careers/skills")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still warming up (a first answer can take seconds on a busy machine).
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The site did not start: " + site.Output);
    }

    private static async Task<HashSet<string>> StoredVisitorsAsync(CareerCmsSite site)
    {
        await using var connection = await site.Get<DatabaseScopeProvider>().OpenConnectionAsync();
        var rows = await connection.QueryAsync<string>(
            "SELECT visitorId FROM careerPathStart WHERE pathKey = @key", new { key = StarterKeys.SoftwareEngineerPath.ToString("D") });
        return [.. rows];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class PathStartCrashSqliteTests(ITestOutputHelper output) : PathStartCrashTests(TestDatabaseKind.Sqlite, output);

public sealed class PathStartCrashPostgreSqlTests(ITestOutputHelper output) : PathStartCrashTests(TestDatabaseKind.PostgreSql, output);
