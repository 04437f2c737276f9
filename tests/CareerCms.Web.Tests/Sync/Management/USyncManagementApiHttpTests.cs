using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCms.Web.Composition;
using CareerCms.Web.Sync;
using CareerCms.Web.Sync.Management;
using CareerCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCms.Web.Tests.Sync.Management;

/// <summary>The endpoint module mapped on a real ASP.NET Core pipeline (binding, status codes, JSON).</summary>
public sealed class USyncManagementApiHttpTests
{
    [Fact]
    public async Task Endpoints_WhenMountedOnAGroup_ReportImportAndRejectBrokenFolders()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("careercms-usync-http-").FullName;
        var folder = StarterFolder.CopyToTemp();
        var database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, dataDirectory);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:umbracoDbDSN"] = database.ConnectionString,
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = database.ProviderName,
            ["CareerCms:DataDirectory"] = dataDirectory,
            ["uSync:Settings:RootFolder"] = folder,
            ["uSync:Settings:ImportOnFirstBoot"] = "false",
            ["uSync:Settings:ExportOnSave"] = "None",
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddCareerCmsRuntime(builder.Configuration, builder.Environment);
        builder.Services.AddUmbracoComposition(builder.Configuration, typeof(Program).Assembly).AddUSync().Build();
        await using var app = builder.Build();
        app.MapGroup("/umbraco/management/api/v1/usync").MapUSyncManagementApi();
        await app.Services.GetRequiredService<CareerCmsStartup>().RunAsync(CancellationToken.None);
        await app.StartAsync();
        try
        {
            var client = app.GetTestClient();

            var report = await client.GetAsync("/umbraco/management/api/v1/usync/report");
            var import = await client.PostAsJsonAsync("/umbraco/management/api/v1/usync/import", new { force = false });
            var again = await client.PostAsync("/umbraco/management/api/v1/usync/import", null);
            File.WriteAllText(Path.Combine(folder, "Content", "python.config"), "<Content>");
            var broken = await client.GetAsync("/umbraco/management/api/v1/usync/report");

            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            Assert.Equal(HttpStatusCode.OK, import.StatusCode);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var items = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
            Assert.All(items.EnumerateArray(), i => Assert.Equal("NoChange", i.GetProperty("change").GetString()));
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
            var problem = await broken.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Content/python.config", problem.GetProperty("errors")[0].GetProperty("file").GetString());
        }
        finally
        {
            await app.StopAsync();
            await database.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
