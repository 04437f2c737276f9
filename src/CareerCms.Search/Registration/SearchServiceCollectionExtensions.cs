using CareerCms.Search.Indexing;
using CareerCms.Search.Rebuilding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerCms.Search.Registration;

/// <summary>Registers indexes, populators and the search infrastructure.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Adds the registry, the rebuilder, the startup check and its hosted service (which runs when
    /// <see cref="IndexStartupOptions.RebuildOnStartup"/> is on). Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddCareerCmsSearch(this IServiceCollection services, Action<IndexStartupOptions>? configureStartup = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IndexStartupOptions>();
        if (configureStartup is not null)
        {
            services.Configure(configureStartup);
        }

        services.TryAddSingleton(provider => new IndexRegistry(provider.GetServices<LuceneIndex>()));
        services.TryAddSingleton<IndexRebuilder>();
        services.TryAddSingleton<IndexStartupCheck>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, IndexStartupCheckService>());
        return services;
    }

    /// <summary>
    /// Registers a named index (a singleton <see cref="LuceneIndex"/>) with named <see cref="LuceneIndexOptions"/>.
    /// Options can be configured further by name, like Umbraco's <c>ConfigureIndexOptions</c>:
    /// <c>services.Configure&lt;LuceneIndexOptions&gt;("ExternalIndex", o => ...)</c>. A name already registered is
    /// skipped (TryAdd semantics).
    /// </summary>
    public static IServiceCollection AddLuceneIndex(this IServiceCollection services, string name, Action<LuceneIndexOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddCareerCmsSearch();
        if (services.Any(descriptor => descriptor.ImplementationInstance is RegisteredIndexName registered
                && string.Equals(registered.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return services;
        }

        services.AddSingleton(new RegisteredIndexName(name));
        services.AddOptions<LuceneIndexOptions>(name).Configure(configure);
        services.AddSingleton(provider => new LuceneIndex(
            name,
            provider.GetRequiredService<IOptionsMonitor<LuceneIndexOptions>>().Get(name),
            provider.GetService<ILogger<LuceneIndex>>()));
        return services;
    }

    /// <summary>Registers a populator type (once) that fills the indexes it says it is registered for.</summary>
    public static IServiceCollection AddIndexPopulator<TPopulator>(this IServiceCollection services)
        where TPopulator : class, IIndexPopulator
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIndexPopulator, TPopulator>());
        return services;
    }
}
