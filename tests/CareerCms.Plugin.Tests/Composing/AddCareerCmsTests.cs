using CareerCms.Plugin.Composing;
using CareerCms.Plugin.DeliveryApi.Filters;
using CareerCms.Plugin.DeliveryApi.Indexing;
using CareerCms.Plugin.DeliveryApi.Selectors;
using CareerCms.Plugin.DeliveryApi.Sorts;
using CareerCms.Plugin.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Logging;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Plugin.Tests.Composing;

public sealed class AddCareerCmsTests
{
    [Fact]
    public void AddCareerCms_CalledTwice_RegistersEverythingOnce()
    {
        var once = new TestBuilder().AddCareerCmsAndBuild(times: 1);
        var twice = new TestBuilder().AddCareerCmsAndBuild(times: 2);

        Assert.Equal(once.Count, twice.Count);
        Assert.Equal(
            once.Select(d => (d.ServiceType, d.ImplementationType)),
            twice.Select(d => (d.ServiceType, d.ImplementationType)));
    }

    [Fact]
    public void AddCareerCms_NotificationHandlers_AreRegisteredOnceInOrder()
    {
        var services = new TestBuilder().AddCareerCmsAndBuild(times: 2);

        var handlers = services
            .Where(d => d.ServiceType == typeof(INotificationAsyncHandler<ContentCacheRefresherNotification>))
            .Select(d => d.ImplementationType!.Name)
            .ToList();

        Assert.Equal(["CareerContentInvalidator", "PathCountRefresher", "PathCountIndexUpdater"], handlers);
    }

    [Fact]
    public void AddCareerCms_WhenTypeDiscoveryAlsoFindsTheHandlers_EachTypeIsInItsCollectionOnce()
    {
        var builder = new TestBuilder();
        builder.FilterHandlers().Add(() => [typeof(IndustryFilter), typeof(SalaryMinFilter)]);
        builder.SortHandlers().Add(() => [typeof(PathCountSort)]);
        builder.SelectorHandlers().Add(() => [typeof(TransitionsToSelector)]);
        builder.ContentIndexHandlers().Add(() => [typeof(CareerIndexHandler)]);

        var services = builder.AddCareerCmsAndBuild(times: 1);

        Assert.Single(services, d => d.ServiceType == typeof(IndustryFilter));
        Assert.Single(services, d => d.ServiceType == typeof(SalaryMinFilter));
        Assert.Single(services, d => d.ServiceType == typeof(PathCountSort));
        Assert.Single(services, d => d.ServiceType == typeof(TransitionsToSelector));
        Assert.Single(services, d => d.ServiceType == typeof(CareerIndexHandler));
        Assert.Single(services, d => d.ServiceType == typeof(FilterHandlerCollection));
    }

    [Fact]
    public void AddCareerCms_PortsUseTryAdd_SoAHostsEarlierRegistrationWins()
    {
        var builder = new TestBuilder();
        builder.Services.AddSingleton<IPathStartStore, HostStore>();

        var services = builder.AddCareerCmsAndBuild(times: 1);

        Assert.Equal(typeof(HostStore), Assert.Single(services, d => d.ServiceType == typeof(IPathStartStore)).ImplementationType);
    }

    private sealed class HostStore : IPathStartStore
    {
        public Task<PathStartOutcome> RecordAsync(PathStart start, CancellationToken cancellationToken) => Task.FromResult(PathStartOutcome.Counted);

        public long GetCount(Guid pathKey) => 0;

        public IReadOnlyDictionary<Guid, long> GetCounts() => new Dictionary<Guid, long>();
    }

    /// <summary>The smallest IUmbracoBuilder: a service collection and collection builders materialized on Build.</summary>
    private sealed class TestBuilder : IUmbracoBuilder
    {
        private readonly Dictionary<Type, ICollectionBuilder> _builders = [];

        public IServiceCollection Services { get; } = new ServiceCollection();

        public IConfiguration Config { get; } = new ConfigurationBuilder().Build();

        public TypeLoader TypeLoader => throw new NotSupportedException();

        public Microsoft.Extensions.Logging.ILoggerFactory BuilderLoggerFactory { get; } = NullLoggerFactory.Instance;

        public IProfiler Profiler { get; } = new NoopProfiler();

        public AppCaches AppCaches { get; } = AppCaches.NoCache;

        public TBuilder WithCollectionBuilder<TBuilder>()
            where TBuilder : ICollectionBuilder
        {
            if (!_builders.TryGetValue(typeof(TBuilder), out var builder))
            {
                builder = Activator.CreateInstance<TBuilder>();
                _builders[typeof(TBuilder)] = builder;
            }

            return (TBuilder)builder;
        }

        public void Build()
        {
            foreach (var builder in _builders.Values)
            {
                builder.RegisterWith(Services);
            }
        }

        public IServiceCollection AddCareerCmsAndBuild(int times)
        {
            for (var i = 0; i < times; i++)
            {
                this.AddCareerCms();
            }

            Build();
            return Services;
        }
    }
}
