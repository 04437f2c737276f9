using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.DeliveryApi.OutputCache;

/// <summary>Registers the Delivery API output cache (<c>Umbraco:CMS:DeliveryApi:OutputCache:*</c>, off by default).</summary>
public static class DeliveryApiOutputCacheExtensions
{
    /// <summary>
    /// Adds ASP.NET Core output caching with the content and media policies, the tag filter, Core's
    /// <see cref="IDeliveryApiOutputCacheManager"/> and the eviction handler. Safe to call twice.
    /// </summary>
    public static IUmbracoBuilder AddDeliveryApiOutputCache(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(s => s.ServiceType == typeof(IDeliveryApiOutputCacheManager)))
        {
            return builder;
        }

        services.AddOutputCache(options =>
        {
            options.AddPolicy(DeliveryApiOutputCache.ContentPolicy, new DeliveryApiOutputCachePolicy(media: false));
            options.AddPolicy(DeliveryApiOutputCache.MediaPolicy, new DeliveryApiOutputCachePolicy(media: true));
        });
        services.TryAddSingleton<DeliveryApiOutputCacheTagFilter>();
        services.TryAddSingleton<DeliveryApiRootSnapshot>();
        services.AddSingleton<IDeliveryApiOutputCacheManager, DeliveryApiOutputCacheManager>();
        builder.AddNotificationAsyncHandler<ContentCacheRefresherNotification, DeliveryApiOutputCacheEvictionHandler>();
        return builder;
    }

    /// <summary>Adds the output cache middleware (it only acts on endpoints that carry a cache policy).</summary>
    public static WebApplication UseDeliveryApiOutputCache(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseOutputCache();
        return app;
    }
}
