using CareerCms.Plugin.Notifications;
using CareerCms.Plugin.Ports;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Plugin.Composing;

/// <summary>Path counts kept current from Core's cache-refresher notification, and the index kept in step.</summary>
internal static class CareerCmsPathCountRegistration
{
    public static IUmbracoBuilder AddCareerCmsPathCounts(this IUmbracoBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<PathCountSynchronizer>();
        services.AddSingleton<IPathCountReader>(sp => sp.GetRequiredService<PathCountSynchronizer>());
        services.AddSingleton<PathCountChanges>();
        services.AddSingleton<IPathStartCountsObserver, EngagementIndexUpdater>();
        services.AddHostedService<CareerIndexStartupSync>();

        // Order matters: the refresher collects the careers whose counts changed, the updater re-indexes them.
        builder.AddNotificationAsyncHandler<ContentCacheRefresherNotification, PathCountRefresher>();
        builder.AddNotificationAsyncHandler<ContentCacheRefresherNotification, PathCountIndexUpdater>();
        return builder;
    }
}
