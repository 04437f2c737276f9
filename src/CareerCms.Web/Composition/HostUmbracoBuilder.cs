using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Logging;

namespace CareerCms.Web.Composition;

/// <summary>
/// The host's own <see cref="IUmbracoBuilder"/>: composers and package extension methods run against it exactly
/// as in an Umbraco site; collection builders they touch are materialized into the service collection on
/// <see cref="Build"/>.
/// </summary>
public sealed class HostUmbracoBuilder : IUmbracoBuilder
{
    private readonly Dictionary<Type, ICollectionBuilder> _collectionBuilders = [];
    private bool _built;

    /// <summary>Creates the builder over the application's services and configuration.</summary>
    public HostUmbracoBuilder(IServiceCollection services, IConfiguration config, TypeLoader typeLoader, ILoggerFactory loggerFactory)
    {
        Services = services;
        Config = config;
        TypeLoader = typeLoader;
        BuilderLoggerFactory = loggerFactory;
    }

    /// <inheritdoc />
    public IServiceCollection Services { get; }

    /// <inheritdoc />
    public IConfiguration Config { get; }

    /// <inheritdoc />
    public TypeLoader TypeLoader { get; }

    /// <inheritdoc />
    public ILoggerFactory BuilderLoggerFactory { get; }

    /// <inheritdoc />
    public IProfiler Profiler { get; } = new NoopProfiler();

    /// <inheritdoc />
    public AppCaches AppCaches { get; } = AppCaches.NoCache;

    /// <summary>The collection builders created so far, by type.</summary>
    public IReadOnlyDictionary<Type, ICollectionBuilder> CollectionBuilders => _collectionBuilders;

    /// <inheritdoc />
    public TBuilder WithCollectionBuilder<TBuilder>()
        where TBuilder : ICollectionBuilder
    {
        if (_collectionBuilders.TryGetValue(typeof(TBuilder), out var existing))
        {
            return (TBuilder)existing;
        }

        var created = Activator.CreateInstance<TBuilder>();
        _collectionBuilders[typeof(TBuilder)] = created;
        return created;
    }

    /// <inheritdoc />
    public void Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("The Umbraco builder has already been built.");
        }

        _built = true;
        foreach (var builder in _collectionBuilders.Values)
        {
            builder.RegisterWith(Services);
        }
    }
}
