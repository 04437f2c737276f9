using CareerCms.Web.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerCms.Search.Bench;

/// <summary>The real site (the same registrations as Program.cs) over a fresh SQLite file in a temp data folder.</summary>
internal sealed class BenchSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchSite(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<BenchSite> StartAsync(string repositoryRoot, string dataDirectory)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = Path.Combine(repositoryRoot, "src", "CareerCms.Web"),
            EnvironmentName = "Production",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CareerCms:DataDirectory"] = dataDirectory,
            ["uSync:Settings:RootFolder"] = Path.Combine(repositoryRoot, "uSync", "v17"),
            ["uSync:Settings:ImportOnFirstBoot"] = "true",
            ["uSync:Settings:ExportOnSave"] = "None",
            ["Umbraco:CMS:DeliveryApi:Enabled"] = "true",
            ["CareerCms:Search:Careers:RateLimitPermits"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddCareerCmsRuntime(builder.Configuration, builder.Environment);
        builder.Services.AddUmbracoComposition(builder.Configuration, typeof(global::Program).Assembly).AddCareerCmsHostFeatures().Build();
        var app = builder.Build();
        await app.Services.GetRequiredService<CareerCmsStartup>().RunAsync(CancellationToken.None);
        app.UseCareerCms();
        await app.StartAsync();
        return new BenchSite(app, dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
