using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCms.Web.Tests.Infrastructure;

/// <summary>
/// The real site (<see cref="Program"/>) over a real database and a temp data folder, through the real HTTP
/// pipeline. Each instance is an isolated site: its own SQLite file or PostgreSQL database and index folders.
/// </summary>
public sealed class CareerCmsSite : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;
    private readonly bool _ownsDirectory;
    private readonly Action<IServiceCollection>? _testServices;

    private CareerCmsSite(
        TestDatabase database, string dataDirectory, Dictionary<string, string?> settings, bool ownsDatabase, bool ownsDirectory, Action<IServiceCollection>? testServices)
    {
        _testServices = testServices;
        Database = database;
        DataDirectory = dataDirectory;
        _settings = settings;
        _ownsDatabase = ownsDatabase;
        _ownsDirectory = ownsDirectory;
    }

    /// <summary>The site's database.</summary>
    public TestDatabase Database { get; }

    /// <summary>The site's data folder (SQLite file, indexes).</summary>
    public string DataDirectory { get; }

    /// <summary>The repository's root folder (to find uSync/v17 and shared data).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// Starts a site. With <paramref name="uSyncFolder"/> null the site starts empty (no first-boot import).
    /// A database or data folder passed in is reused and left in place on dispose (restart and crash tests).
    /// <paramref name="testServices"/> replaces services where a real part cannot exist (a DNS answer, say).
    /// </summary>
    public static async Task<CareerCmsSite> StartAsync(
        TestDatabaseKind kind = TestDatabaseKind.Sqlite,
        string? uSyncFolder = null,
        IDictionary<string, string?>? settings = null,
        string? dataDirectory = null,
        TestDatabase? database = null,
        Action<IServiceCollection>? testServices = null)
    {
        var ownsDirectory = dataDirectory is null;
        var ownsDatabase = database is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("careercms-test-").FullName;
        database ??= await TestDatabase.CreateAsync(kind, dataDirectory);
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:umbracoDbDSN"] = database.ConnectionString,
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = database.ProviderName,
            ["CareerCms:DataDirectory"] = dataDirectory,
            ["uSync:Settings:RootFolder"] = uSyncFolder ?? Path.Combine(dataDirectory, "no-usync"),
            ["uSync:Settings:ImportOnFirstBoot"] = (uSyncFolder is not null).ToString(),
            ["uSync:Settings:ExportOnSave"] = "None",
            ["Umbraco:CMS:TypeFinder:AdditionalEntryAssemblies:0"] = typeof(CareerCmsSite).Assembly.GetName().Name,
            ["Umbraco:CMS:Global:DatabaseServerMessenger:TimeBetweenSyncOperations"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var site = new CareerCmsSite(database, dataDirectory, all, ownsDatabase, ownsDirectory, testServices);
        _ = site.Services; // boot now: migrations, import, caches
        return site;
    }

    /// <summary>A service from the running site.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_testServices is not null)
        {
            builder.ConfigureServices(_testServices);
        }
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }

        if (!_ownsDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalizing handle; the temp folder is cleaned by the OS later.
        }
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CareerCms.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CareerCms.sln not found above the test binaries.");
    }
}
