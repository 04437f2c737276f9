using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Composition;

/// <summary>The embedded default: first boot imports the starter content; a restart keeps data and imports nothing.</summary>
public sealed class FirstBootTests
{
    [Fact]
    public async Task Restart_KeepsEditedDataAndDoesNotImportAgain()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("careercms-restart-").FullName;
        try
        {
            Guid mlops;
            TestDatabase database;
            await using (var first = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, dataDirectory: dataDirectory))
            {
                database = first.Database;
                var all = await first.Get<ContentQueryService>().GetAllAsync();
                Assert.Equal(30, all.Count);
                mlops = all.Single(d => d.Name == "MLOps Engineer").Key;
                var trashed = await first.Get<ContentRecycleBinService>().TrashAsync(all.Single(d => d.Name == "Data Engineer").Key, -1);
                Assert.True(trashed.Succeeded);
            }

            await using var second = await CareerCmsSite.StartAsync(uSyncFolder: StarterSiteFixture.StarterFolder, dataDirectory: dataDirectory, database: database);
            var after = await second.Get<ContentQueryService>().GetAllAsync();
            Assert.Equal(30, after.Count);
            Assert.True(after.Single(d => d.Name == "Data Engineer").Trashed);
            Assert.Single(await second.Get<ContentQueryService>().GetVersionsAsync(mlops));
            var client = second.CreateClient();
            var response = await client.GetAsync("/umbraco/delivery/api/v2/content/item/mlops-engineer");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
