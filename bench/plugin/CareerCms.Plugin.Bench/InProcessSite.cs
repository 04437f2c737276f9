using CareerCms.Web.Composition;

namespace CareerCms.Plugin.Bench;

/// <summary>The real site built in-process (no HTTP server) on a SQLite data folder, started as Program.cs starts it.</summary>
internal static class InProcessSite
{
    public static async Task<WebApplication> StartAsync(string dataDir)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["ConnectionStrings:umbracoDbDSN"] = $"Data Source={Path.Combine(dataDir, "Umbraco.sqlite.db")};Foreign Keys=True;Pooling=True";
        builder.Configuration["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite";
        builder.Configuration["CareerCms:DataDirectory"] = dataDir;
        builder.Configuration["uSync:Settings:ImportOnFirstBoot"] = "false";
        builder.Configuration["Umbraco:CMS:DeliveryApi:Enabled"] = "true";
        builder.Logging.ClearProviders();
        builder.Services.AddCareerCmsRuntime(builder.Configuration, builder.Environment);
        builder.Services.AddUmbracoComposition(builder.Configuration, typeof(CareerCmsStartup).Assembly).AddCareerCmsHostFeatures().Build();
        var app = builder.Build();
        await app.Services.GetRequiredService<CareerCmsStartup>().RunAsync(CancellationToken.None);
        return app;
    }
}
