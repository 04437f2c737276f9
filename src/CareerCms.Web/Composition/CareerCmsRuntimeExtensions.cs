using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Journal;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Content.UmbracoAdapters;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using CareerCms.Web.Security.DataProtection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;

namespace CareerCms.Web.Composition;

/// <summary>Registers the runtime: persistence, content engine, journal and published cache.</summary>
public static class CareerCmsRuntimeExtensions
{
    /// <summary>The folder, under the content root, that holds the SQLite file and local indexes by default.</summary>
    public const string DefaultDataFolder = "umbraco/Data";

    /// <summary>Adds the content engine and its persistence for the configured database.</summary>
    public static IServiceCollection AddCareerCmsRuntime(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var dataDirectory = DataDirectory(configuration, environment);
        services.AddSingleton(new RuntimePaths(dataDirectory));
        services.AddSingleton(_ => DatabaseSettings.FromConfiguration(configuration, dataDirectory));
        services.AddSingleton<DatabaseScopeProvider>();
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseScopeProvider>().Dialect);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DocumentRepository>();
        services.AddSingleton<SchemaRepository>();
        services.AddSingleton<AuditRepository>();
        services.AddSingleton<KeyValueRepository>();
        services.AddSingleton<CacheInstructionRepository>();
        services.AddSingleton(TimeProvider.System);
        services.AddCareerCmsDataProtection(configuration, dataDirectory);

        services.Configure<RequestHandlerSettings>(configuration.GetSection("Umbraco:CMS:RequestHandler"));
        services.AddSingleton<IShortStringHelper>(sp => new DefaultShortStringHelper(
            new DefaultShortStringHelperConfig().WithDefault(sp.GetRequiredService<IOptions<RequestHandlerSettings>>().Value)));

        services.AddSingleton<SchemaCatalog>();
        services.AddSingleton<SchemaService>();
        services.AddSingleton<DocumentValidator>();
        services.AddSingleton<PropertyEditorRegistry>();
        services.AddSingleton<UmbracoContentFactory>();
        services.AddSingleton<Umbraco.Cms.Core.Services.IIdKeyMap, DocumentIdKeyMap>();
        services.AddSingleton<DocumentNaming>();
        services.AddSingleton<ContentOperationSupport>();
        services.AddSingleton<ContentEditingService>();
        services.AddSingleton<ContentPublishingService>();
        services.AddSingleton<ContentStructureService>();
        services.AddSingleton<ContentRecycleBinService>();
        services.AddSingleton<ContentQueryService>();

        services.AddOptions<LoadBalancingOptions>().Bind(configuration.GetSection(LoadBalancingOptions.SectionName))
            .Validate(o => o.TimeBetweenSyncOperations > TimeSpan.Zero, "TimeBetweenSyncOperations must be positive.")
            .ValidateOnStart();
        services.AddSingleton<PublishedContentCache>();
        services.AddSingleton<CacheInstructionProcessor>();
        services.AddSingleton<ContentChangeJournal>();
        services.AddSingleton<ICacheInstructionRefresher, SchemaInstructionRefresher>();
        services.AddSingleton<ICacheInstructionRefresher, ContentInstructionRefresher>();
        services.AddHostedService<CacheInstructionPoller>();
        services.AddSingleton<CareerCmsStartup>();
        return services;
    }

    private static string DataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["CareerCms:DataDirectory"];
        var folder = string.IsNullOrWhiteSpace(configured) ? DefaultDataFolder : configured;
        return Path.GetFullPath(Path.Combine(environment.ContentRootPath, folder));
    }
}
