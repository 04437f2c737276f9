using CareerCms.Search.Indexing;
using CareerCms.Web.Content.Published;
using CareerCms.Search.Registration;
using CareerCms.Web.Composition;
using CareerCms.Web.DeliveryApi.Indexing;
using CareerCms.Web.DeliveryApi.Querying;
using CareerCms.Web.DeliveryApi.Routing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.DeliveryApi;

/// <summary>Registers the Content Delivery API: settings, DeliveryApiContentIndex, query pipeline, request context.</summary>
public static class DeliveryApiServiceCollectionExtensions
{
    /// <summary>Adds the Delivery API to the host (the built-in query handlers are found by type discovery).</summary>
    public static IUmbracoBuilder AddDeliveryApi(this IUmbracoBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryApiSettings>()
            .Bind(builder.Config.GetSection(DeliveryApiSettings.SectionName))
            .Configure(s =>
            {
                s.HideTopLevelNodeFromPath = builder.Config.GetValue("Umbraco:CMS:Global:HideTopLevelNodeFromPath", true);
                s.AddTrailingSlash = builder.Config.GetValue("Umbraco:CMS:RequestHandler:AddTrailingSlash", true);
                s.DisableRedirectUrlTracking = builder.Config.GetValue("Umbraco:CMS:WebRouting:DisableRedirectUrlTracking", false);
            })
            .Validate(s => !(s.Media.Enabled && !s.Enabled), "Umbraco:CMS:DeliveryApi:Media:Enabled needs the Delivery API enabled.")
            .ValidateOnStart();
        services.AddHttpContextAccessor();

        services.AddSingleton<DeliveryApiAncestry>();
        services.AddSingleton<IDeliveryApiAncestry>(sp => sp.GetRequiredService<DeliveryApiAncestry>());
        services.AddSingleton<DeliveryApiIndexDefinition>();
        services.AddSingleton<DeliveryApiValueSetBuilder>();
        services.AddSingleton<DeliveryApiDocumentLoader>();
        services.AddSingleton<IndexRegistryAccessor>();
        services.AddSingleton<DeliveryApiIndexWriteGate>();
        services.AddIndexPopulator<DeliveryApiIndexPopulator>();
        services.AddLuceneIndex(DeliveryApiIndexFieldNames.IndexName, _ => { });
        services.AddOptions<LuceneIndexOptions>(DeliveryApiIndexFieldNames.IndexName)
            .Configure<DeliveryApiIndexDefinition, RuntimePaths>((options, definition, paths) =>
            {
                options.DirectoryPath = Path.Combine(paths.DataDirectory, "TEMP", "ExamineIndexes", DeliveryApiIndexFieldNames.IndexName);
                definition.AddTo(options.FieldDefinitions);
            });
        builder.AddNotificationAsyncHandler<ContentCacheRefresherNotification, DeliveryApiIndexUpdater>();

        services.AddSingleton<DeliveryApiFilterClauses>();
        services.AddSingleton<DeliveryApiQueryService>();
        services.AddSingleton<DeliveryApiPathResolver>();
        services.AddSingleton<DeliveryApiRequestAccessor>();
        services.AddSingleton<DeliveryApiRequestContextFactory>();
        services.AddSingleton<PreviewContentSnapshots>();
        builder.AddNotificationHandler<ContentCacheRefresherNotification, PreviewSnapshotInvalidator>();
        services.AddSingleton<DeliveryApiRedirectStore>();
        services.AddSingleton<DeliveryApiRedirects>();
        services.AddSingleton<DeliveryApiRouteChangeQueue>();
        services.AddSingleton<IPublishedRouteChangeObserver>(sp => sp.GetRequiredService<DeliveryApiRouteChangeQueue>());
        builder.AddNotificationAsyncHandler<ContentCacheRefresherNotification, DeliveryApiRedirectRecorder>();
        return builder;
    }
}
