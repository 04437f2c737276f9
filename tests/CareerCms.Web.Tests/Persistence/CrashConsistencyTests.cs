using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Persistence;

/// <summary>
/// kill -9 of a child process in the middle of a big publish leaves a database that opens and holds the whole
/// change or none of it, on each engine.
/// </summary>
public abstract class CrashConsistencyTests(TestDatabaseKind kind)
{
    private const int PageCount = 800;

    [Fact]
    public async Task PublishWithDescendants_WhenProcessIsKilledMidway_DatabaseHoldsAllOrNothing()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("careercms-crash-").FullName;
        await using var cleanup = new TempFolder(dataDirectory);
        await using var database = await TestDatabase.CreateAsync(kind, dataDirectory);
        var harness = ChildProcess.ProjectDll("CareerCms.CrashHarness");
        string[] baseArgs = [database.ConnectionString, database.ProviderName, dataDirectory];
        using (var seed = ChildProcess.Start(harness, [.. baseArgs, "seed", PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            // 800 saves over unpooled connections: a minute on a quiet machine, several on a busy one.
            Assert.Equal(0, await seed.WaitForExitAsync(TimeSpan.FromMinutes(8)));
        }

        var killedBeforeCommit = 0;
        var delays = new[] { 0, 20, 60, 120, 250, 500 };
        foreach (var delay in delays)
        {
            using var publish = ChildProcess.Start(harness, [.. baseArgs, "publish"]);
            Assert.True(await publish.WaitForAsync("STARTED", TimeSpan.FromMinutes(1)), publish.Output);
            await Task.Delay(delay);
            await publish.KillAsync();
            if (!publish.Output.Contains("COMMITTED", StringComparison.Ordinal))
            {
                killedBeforeCommit++;
            }

            var published = await CountPublishedAsync(database, dataDirectory);
            Assert.True(published is 0 or PageCount + 1, $"After a kill at +{delay} ms, {published} of {PageCount + 1} items were published.");
        }

        Assert.True(killedBeforeCommit > 0, "No kill landed before the commit; the test proved nothing.");
    }

    private static async Task<int> CountPublishedAsync(TestDatabase database, string dataDirectory)
    {
        await using var site = await CareerCmsSite.StartAsync(kind: database.Kind, dataDirectory: dataDirectory, database: database);
        var all = await site.Get<ContentQueryService>().GetAllAsync();
        Assert.Equal(PageCount + 1, all.Count);
        return all.Count(d => d.Published);
    }
}

internal sealed class TempFolder(string path) : IAsyncDisposable
{
    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleaning.
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class CrashConsistencySqliteTests() : CrashConsistencyTests(TestDatabaseKind.Sqlite);

public sealed class CrashConsistencyPostgreSqlTests() : CrashConsistencyTests(TestDatabaseKind.PostgreSql);
