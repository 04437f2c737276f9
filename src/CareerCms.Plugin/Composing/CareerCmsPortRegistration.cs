using CareerCms.Plugin.Ports;
using CareerCms.Plugin.Ports.Defaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Plugin.Composing;

/// <summary>
/// The ports' implementations on Core's contracts, for an Umbraco site. Each is added with TryAdd: a host that
/// registered its own first keeps it, and a host that registers later should replace the descriptor
/// (<c>services.Replace(...)</c>) so only its implementation remains.
/// </summary>
internal static class CareerCmsPortRegistration
{
    public static IUmbracoBuilder AddCareerCmsDefaultPorts(this IUmbracoBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<ICareerContentReader, PublishedCacheCareerContentReader>();
        services.TryAddSingleton<IContentKeyResolver, ApiPathContentKeyResolver>();
        services.TryAddSingleton<IContentReindexer, DistributedCacheContentReindexer>();
        services.TryAddSingleton<IPathStartStore, InMemoryPathStartStore>();
        services.TryAddSingleton<ICareerIndexInspector, UnreadableCareerIndex>();

        // First among the plugin's handlers: the path-count handlers after it must read the new content.
        builder.AddNotificationAsyncHandler<ContentCacheRefresherNotification, CareerContentInvalidator>();
        return builder;
    }
}
