using CareerCms.Web.Content.Published;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using CareerCms.Web.Sync.Startup;

namespace CareerCms.Web.Tests.Sync.Startup;

public sealed class USyncFirstBootImporterTests
{
    [Fact]
    public async Task Startup_WhenImportOnFirstBootAndDatabaseIsEmpty_ImportsOnceAndSetsTheMarker()
    {
        await using var host = await USyncTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["uSync:Settings:RootFolder"] = StarterFolder.Path,
            ["uSync:Settings:ImportOnFirstBoot"] = "true",
        });

        Assert.NotNull(host.Get<PublishedContentCache>().Get(Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0")));
        await using (var connection = await host.Get<DatabaseScopeProvider>().OpenConnectionAsync())
        {
            Assert.NotNull(await host.Get<KeyValueRepository>().GetAsync(connection, USyncFirstBootImporter.MarkerKey));
        }

        Assert.Null(await host.Get<USyncFirstBootImporter>().RunIfFirstBootAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Startup_WhenFirstBootImportFails_ThrowsWithTheErrorsAndImportsNothing()
    {
        var folder = StarterFolder.CopyToTemp();
        try
        {
            File.WriteAllText(Path.Combine(folder, "Content", "python.config"), "<Content>");

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => USyncTestHost.StartAsync(new Dictionary<string, string?>
            {
                ["uSync:Settings:RootFolder"] = folder,
                ["uSync:Settings:ImportOnFirstBoot"] = "true",
            }));

            Assert.Contains("Content/python.config", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RunIfFirstBootAsync_WhenImportOnFirstBootIsOff_ReturnsNull()
    {
        await using var host = await USyncTestHost.StartAsync(new Dictionary<string, string?> { ["uSync:Settings:RootFolder"] = StarterFolder.Path });

        Assert.Null(await host.Get<USyncFirstBootImporter>().RunIfFirstBootAsync(CancellationToken.None));
    }
}
