using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Persistence;

/// <summary>
/// kill -9 of the site's own command-line import (<c>--usync-import</c>) while its transaction is open: the
/// database opens and holds the whole starter content or none of it.
/// </summary>
public abstract class ImportCrashConsistencyTests(TestDatabaseKind kind)
{
    private const int StarterNodeCount = 30;
    private const string TransactionOpened = "uSync import transaction opened";

    [Fact]
    public async Task USyncImport_WhenProcessIsKilledMidway_DatabaseHoldsAllOrNothing()
    {
        var killedInsideTransaction = 0;
        foreach (var delay in new[] { 0, 5, 15, 30, 60, 100, 200 })
        {
            var dataDirectory = Directory.CreateTempSubdirectory("careercms-importcrash-").FullName;
            await using var cleanup = new TempFolder(dataDirectory);
            await using var database = await TestDatabase.CreateAsync(kind, dataDirectory);
            using (var import = ChildProcess.Start(ChildProcess.SiteDll(), Environment(database, dataDirectory), "--usync-import", StarterSiteFixture.StarterFolder))
            {
                Assert.True(await import.WaitForAsync(TransactionOpened, TimeSpan.FromMinutes(1)), import.Output);
                await Task.Delay(delay);
                await import.KillAsync();
                if (!import.Output.Contains("item(s) unchanged", StringComparison.Ordinal))
                {
                    killedInsideTransaction++;
                }
            }

            var count = await CountAsync(database, dataDirectory);
            Assert.True(count is 0 or StarterNodeCount, $"After a kill at +{delay} ms the database holds {count} of {StarterNodeCount} items.");
        }

        Assert.True(killedInsideTransaction > 0, "No kill landed inside the import transaction; the test proved nothing.");
    }

    private static Dictionary<string, string> Environment(TestDatabase database, string dataDirectory) => new()
    {
        ["ConnectionStrings__umbracoDbDSN"] = database.ConnectionString,
        ["ConnectionStrings__umbracoDbDSN_ProviderName"] = database.ProviderName,
        ["CareerCms__DataDirectory"] = dataDirectory,
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__CareerCms.Web.Sync"] = "Information",
        ["Logging__Console__FormatterName"] = "simple",
    };

    private static async Task<int> CountAsync(TestDatabase database, string dataDirectory)
    {
        await using var site = await CareerCmsSite.StartAsync(kind: database.Kind, dataDirectory: dataDirectory, database: database);
        return (await site.Get<ContentQueryService>().GetAllAsync()).Count;
    }
}

public sealed class ImportCrashConsistencySqliteTests() : ImportCrashConsistencyTests(TestDatabaseKind.Sqlite);

public sealed class ImportCrashConsistencyPostgreSqlTests() : ImportCrashConsistencyTests(TestDatabaseKind.PostgreSql);
