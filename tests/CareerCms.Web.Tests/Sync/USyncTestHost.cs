using CareerCms.Web.Composition;
using CareerCms.Web.Persistence;
using CareerCms.Web.Sync;
using CareerCms.Web.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CareerCms.Web.Tests.Sync;

/// <summary>
/// The runtime's services as the host registers them (AddCareerCmsRuntime, Umbraco composition, host features,
/// AddUSync) over a real SQLite file in a temp folder, booted through CareerCmsStartup, without the HTTP layer.
/// </summary>
public sealed class USyncTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private USyncTestHost(ServiceProvider provider, string dataDirectory, TestDatabase database)
    {
        _provider = provider;
        DataDirectory = dataDirectory;
        Database = database;
    }

    /// <summary>The temp folder holding the database (and the content root).</summary>
    public string DataDirectory { get; }

    public TestDatabase Database { get; }

    public IServiceProvider Services => _provider;

    /// <summary>Boots a host; <paramref name="settings"/> override configuration (e.g. uSync:Settings:*).</summary>
    public static async Task<USyncTestHost> StartAsync(IDictionary<string, string?>? settings = null, TestDatabaseKind kind = TestDatabaseKind.Sqlite)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("careercms-usync-").FullName;
        var database = await TestDatabase.CreateAsync(kind, dataDirectory);
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:umbracoDbDSN"] = database.ConnectionString,
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = database.ProviderName,
            ["CareerCms:DataDirectory"] = dataDirectory,
            ["uSync:Settings:RootFolder"] = Path.Combine(dataDirectory, "no-usync"),
            ["uSync:Settings:ImportOnFirstBoot"] = "false",
            ["uSync:Settings:ExportOnSave"] = "None",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var environment = new HostingEnvironment
        {
            ApplicationName = "CareerCms.Web",
            EnvironmentName = Environments.Development,
            ContentRootPath = dataDirectory,
        };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddCareerCmsRuntime(configuration, environment);
        services.AddUmbracoComposition(configuration, typeof(Program).Assembly).AddCareerCmsHostFeatures().AddUSync().Build();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<CareerCmsStartup>().RunAsync(CancellationToken.None);
        return new USyncTestHost(provider, dataDirectory, database);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Row counts of every table an import writes, to prove a failed import applied nothing.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var connection = await Get<DatabaseScopeProvider>().OpenConnectionAsync();
        var parts = new List<string>();
        foreach (var table in new[] { "cmsDataType", "cmsContentType", "umbracoNode", "umbracoContentVersion", "umbracoKeyValue" })
        {
            parts.Add($"{table}={await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}")}");
        }

        parts.Add("names=" + string.Join(",", await connection.QueryAsync<string>("SELECT name FROM umbracoNode ORDER BY uniqueId")));
        parts.Add("published=" + string.Join(",", await connection.QueryAsync<string>("SELECT uniqueId FROM umbracoNode WHERE published = @p ORDER BY uniqueId", new { p = true })));
        return string.Join("; ", parts);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A handle still closing; the OS cleans temp folders.
        }
    }
}
