using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Persistence;

/// <summary>
/// kill -9 of the site's own command-line import (<c>--usync-import</c>) at several moments: the database opens
/// and holds the whole starter content or none of it.
/// </summary>
public abstract class ImportCrashConsistencyTests(TestDatabaseKind kind)
{
    private const int StarterNodeCount = 30;

    [Fact]
    public async Task USyncImport_WhenProcessIsKilledMidway_DatabaseHoldsAllOrNothing()
    {
        var outcomes = new List<int>();
        foreach (var delay in new[] { 300, 500, 600, 700, 800, 900, 1000, 1100, 1300, 2500 })
        {
            var dataDirectory = Directory.CreateTempSubdirectory("careercms-importcrash-").FullName;
            await using var cleanup = new TempFolder(dataDirectory);
            await using var database = await TestDatabase.CreateAsync(kind, dataDirectory);
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__umbracoDbDSN"] = database.ConnectionString,
                ["ConnectionStrings__umbracoDbDSN_ProviderName"] = database.ProviderName,
                ["CareerCms__DataDirectory"] = dataDirectory,
                ["Logging__LogLevel__Default"] = "Warning",
            };
            using (var import = ChildProcess.Start(ChildProcess.SiteDll(), environment, "--usync-import", StarterSiteFixture.StarterFolder))
            {
                await Task.Delay(delay);
                await import.KillAsync();
            }

            await using var site = await CareerCmsSite.StartAsync(kind: kind, dataDirectory: dataDirectory, database: database);
            var count = (await site.Get<ContentQueryService>().GetAllAsync()).Count;
            Assert.True(count is 0 or StarterNodeCount, $"After a kill at +{delay} ms the database holds {count} of {StarterNodeCount} items.");
            outcomes.Add(count);
        }

        // Early kills leave nothing, late ones everything; the ones between land inside the transaction.
        Assert.Contains(0, outcomes);
        Assert.Contains(StarterNodeCount, outcomes);
    }
}

public sealed class ImportCrashConsistencySqliteTests() : ImportCrashConsistencyTests(TestDatabaseKind.Sqlite);

public sealed class ImportCrashConsistencyPostgreSqlTests() : ImportCrashConsistencyTests(TestDatabaseKind.PostgreSql);
