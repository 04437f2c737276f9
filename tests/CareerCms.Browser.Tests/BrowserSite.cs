using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCms.Browser.Tests;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 and a free port, over a SQLite file in a temp folder, with the starter
/// uSync content imported on first boot (or empty, for the first-run screen).
/// </summary>
public sealed class BrowserSite : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private BrowserSite(string dataDirectory, Dictionary<string, string?> settings)
    {
        DataDirectory = dataDirectory;
        _settings = settings;
    }

    /// <summary>The data folder (deleted on dispose).</summary>
    public string DataDirectory { get; }

    /// <summary>The site's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The repository root (to find uSync/v17 and the screenshots folder).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Starts a site; with <paramref name="starterContent"/> the uSync starter folder is imported.</summary>
    public static BrowserSite Start(bool starterContent, IDictionary<string, string?>? settings = null)
    {
        var data = Directory.CreateTempSubdirectory("careercms-browser-").FullName;
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:umbracoDbDSN"] = $"Data Source={Path.Combine(data, "Umbraco.sqlite.db")};Foreign Keys=True;Pooling=False",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
            ["CareerCms:DataDirectory"] = data,
            ["uSync:Settings:RootFolder"] = starterContent ? Path.Combine(RepositoryRoot, "uSync", "v17") : Path.Combine(data, "no-usync"),
            ["uSync:Settings:ImportOnFirstBoot"] = starterContent.ToString(),
            ["uSync:Settings:ExportOnSave"] = "None",
            ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
            ["Umbraco:CMS:Global:DatabaseServerMessenger:TimeBetweenSyncOperations"] = "00:00:00.200",
            ["Umbraco:CMS:Security:UserDefaultFailedLoginDurationInMilliseconds"] = "20",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var site = new BrowserSite(data, all);
        site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        var addresses = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        site.BaseUrl = addresses.First().TrimEnd('/');
        return site;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a handle still closing; the OS cleans temp later
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
