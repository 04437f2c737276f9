using CareerCms.Plugin.Composing;
using CareerCms.Plugin.Ports;
using CareerCms.Web.DeliveryApi.Output;
using CareerCms.Web.DeliveryApi.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Web.Careers;

/// <summary>
/// The host's side of the CareerCms plugin: its published cache as the content reader, its path resolver for
/// "{id|path}" values, DeliveryApiContentIndex re-indexing, the durable path-start store (migration 0200) and
/// the renderer of the computed properties. Each port's descriptor is replaced, so the plugin's Core-based
/// defaults (which need services this host does not have) are gone.
/// </summary>
public static class CareerCmsHostRegistration
{
    /// <summary>Adds the plugin (if not yet) and the host's implementations of its ports.</summary>
    public static IUmbracoBuilder AddCareerCmsHost(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddCareerCms();
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(PathStartStore)))
        {
            return builder;
        }

        services.Replace(ServiceDescriptor.Singleton<ICareerContentReader, PublishedCacheCareerReader>());
        services.Replace(ServiceDescriptor.Singleton<IContentKeyResolver, DeliveryApiContentKeyResolver>());
        services.Replace(ServiceDescriptor.Singleton<IContentReindexer, DeliveryApiContentReindexer>());
        services.Replace(ServiceDescriptor.Singleton<ICareerIndexInspector, DeliveryApiCareerIndexInspector>());

        // Also registered by the host's AddDeliveryApi; added here (TryAdd) so the resolver works without it.
        services.AddHttpContextAccessor();
        services.TryAddSingleton<DeliveryApiRequestAccessor>();
        services.TryAddSingleton<DeliveryApiPathResolver>();

        services.AddOptions<PathStartStoreOptions>()
            .Bind(builder.Config.GetSection(PathStartStoreOptions.SectionName))
            .Validate(o => o.MaxBatchSize is >= 1 and <= 10_000, "CareerCms:PathStartStore:MaxBatchSize must be 1 to 10000.")
            .Validate(o => o.QueueCapacity >= o.MaxBatchSize, "CareerCms:PathStartStore:QueueCapacity must be at least MaxBatchSize.")
            .Validate(o => o.CountRefreshInterval >= TimeSpan.FromMilliseconds(100) && o.CountRefreshInterval <= TimeSpan.FromHours(1),
                "CareerCms:PathStartStore:CountRefreshInterval must be 100 ms to 1 hour.")
            .Validate(o => o.RetainDays is >= 1 and <= 366, "CareerCms:PathStartStore:RetainDays must be 1 to 366.")
            .ValidateOnStart();
        services.AddSingleton<PathStartRepository>();
        services.AddSingleton<PathStartStore>();
        services.Replace(ServiceDescriptor.Singleton<IPathStartStore>(sp => sp.GetRequiredService<PathStartStore>()));
        services.AddHostedService(sp => sp.GetRequiredService<PathStartStore>());

        services.AddSingleton<IDeliveryApiPropertyRenderer, CareerOutputPropertyRenderer>();

        // The plugin's backoffice data endpoints sit behind this host's backoffice sign-in unless configured otherwise.
        services.PostConfigure<CareerCms.Plugin.Api.Backoffice.CareerCmsBackofficeOptions>(options =>
            options.AuthorizationPolicy ??= CareerCms.Web.Backoffice.Security.BackofficeAuthentication.Policy);

        // The plugin's computed editors may be used in data types (their values are computed, never stored).
        foreach (var alias in CareerCms.Plugin.DeliveryApi.Output.CareerOutputEditors.All)
        {
            services.AddSingleton(new CareerCms.Web.Content.Editors.PropertyEditorRegistration(alias));
        }

        return builder;
    }
}
