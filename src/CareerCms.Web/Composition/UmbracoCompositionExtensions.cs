using System.Reflection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;

namespace CareerCms.Web.Composition;

/// <summary>Wires Umbraco's composition model into the host: type scanning, composers, collections, notifications.</summary>
public static class UmbracoCompositionExtensions
{
    /// <summary>
    /// Scans the entry assembly and every assembly referencing Umbraco.Core (Umbraco's own rule) for composers,
    /// runs them (honouring ComposeAfter/ComposeBefore/Disable through Core's composer graph), registers the
    /// discovered Delivery API handlers and returns the builder; call <see cref="IUmbracoBuilder.Build"/> after
    /// any host registrations that must see the builder.
    /// </summary>
    public static HostUmbracoBuilder AddUmbracoComposition(
        this IServiceCollection services,
        IConfiguration configuration,
        Assembly entryAssembly,
        IEnumerable<Assembly>? additionalAssemblies = null)
    {
        var loggerFactory = LoggerFactory.Create(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        // Umbraco's key for extra assemblies to scan (e.g. a test assembly with its own composers).
        var configured = configuration.GetSection("Umbraco:CMS:TypeFinder:AdditionalEntryAssemblies").Get<string[]>() ?? [];
        var extraNames = (additionalAssemblies ?? []).Select(a => a.GetName().Name!).Concat(configured).Distinct().ToArray();
        var assemblyProvider = new DefaultUmbracoAssemblyProvider(entryAssembly, loggerFactory, extraNames);
        var typeFinder = new TypeFinder(
            loggerFactory.CreateLogger<TypeFinder>(),
            assemblyProvider,
            null,
            new TypeFinderConfig(Options.Create(new TypeFinderSettings())));
        var typeLoader = new TypeLoader(typeFinder, loggerFactory.CreateLogger<TypeLoader>(), null);

        var builder = new HostUmbracoBuilder(services, configuration, typeLoader, loggerFactory);
        services.AddSingleton(typeLoader);
        services.AddSingleton<IEventAggregator>(sp => new EventAggregator(sp.GetService!));
        services.AddSingleton<IScopedNotificationPublisherFactory, ScopedNotificationPublisherFactory>();

        // As Umbraco does: any public handler class is picked up by type discovery with no registration.
        builder.SelectorHandlers().Add(() => typeLoader.GetTypes<ISelectorHandler>());
        builder.FilterHandlers().Add(() => typeLoader.GetTypes<IFilterHandler>());
        builder.SortHandlers().Add(() => typeLoader.GetTypes<ISortHandler>());
        builder.ContentIndexHandlers().Add(() => typeLoader.GetTypes<IContentIndexHandler>());

        builder.AddComposers();
        return builder;
    }
}
