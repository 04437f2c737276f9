using CareerCms.Search.Analysis;
using CareerCms.Search.Indexing;
using CareerCms.Search.Model;
using CareerCms.Search.Rebuilding;
using CareerCms.Search.Registration;
using CareerCms.Search.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerCms.Search.Tests.Registration;

public sealed class ServiceRegistrationTests : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AddLuceneIndex_WhenProviderBuilt_RegistryFindsIndexAndSearcherByName()
    {
        using var provider = Services(startup: false).BuildServiceProvider();
        var registry = provider.GetRequiredService<IndexRegistry>();

        Assert.True(registry.TryGetIndex("ExternalIndex", out var external));
        Assert.True(registry.TryGetSearcher("ExternalSearcher", out var searcher));
        Assert.Same(external.Searcher, searcher);
        Assert.True(registry.TryGetIndex("internalindex", out _));
        Assert.Equal(["ExternalIndex", "InternalIndex"], registry.Indexes.Select(index => index.Name));
        Assert.Equal(["ExternalSearcher", "InternalSearcher"], registry.Searchers.Select(s => s.Name));
    }

    [Fact]
    public void AddLuceneIndex_WhenNameRegisteredTwice_KeepsTheFirstRegistration()
    {
        var services = Services(startup: false);
        services.AddLuceneIndex("ExternalIndex", options => options.DirectoryPath = Path.Combine(_folder.Path, "other"));

        using var provider = services.BuildServiceProvider();

        var index = Assert.Single(provider.GetServices<LuceneIndex>(), index => index.Name == "ExternalIndex");
        Assert.EndsWith("External", index.DirectoryPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_WhenNamedOptionsConfiguredLater_IndexUsesThem()
    {
        var services = Services(startup: false);
        services.Configure<LuceneIndexOptions>("InternalIndex", options =>
            options.FieldDefinitions.TryAdd(new FieldDefinition("sortOrder", FieldDefinitionTypes.Integer)));

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IndexRegistry>().TryGetIndex("InternalIndex", out var index);

        Assert.True(index!.FieldDefinitions.TryGetValue("sortOrder", out _));
    }

    [Fact]
    public async Task HostedService_WhenRebuildOnStartupOn_RebuildsTheEmptyIndexes()
    {
        using var provider = Services(startup: true).BuildServiceProvider();
        var service = Assert.IsAssignableFrom<BackgroundService>(Assert.Single(provider.GetServices<IHostedService>()));

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(CancellationToken.None);

        var registry = provider.GetRequiredService<IndexRegistry>();
        registry.TryGetIndex("ExternalIndex", out var external);
        registry.TryGetIndex("InternalIndex", out var internalIndex);
        Assert.Equal(4, external!.GetDocumentCount());
        Assert.Equal(0, internalIndex!.GetDocumentCount());
    }

    [Fact]
    public async Task HostedService_WhenSwitchedOff_LeavesIndexesAlone()
    {
        using var provider = Services(startup: false).BuildServiceProvider();
        var service = Assert.IsAssignableFrom<BackgroundService>(Assert.Single(provider.GetServices<IHostedService>()));

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        provider.GetRequiredService<IndexRegistry>().TryGetIndex("ExternalIndex", out var external);
        Assert.Equal(0, external!.GetDocumentCount());
    }

    private ServiceCollection Services(bool startup)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCareerCmsSearch(options => options.RebuildOnStartup = startup);
        services.AddLuceneIndex("ExternalIndex", options =>
        {
            options.DirectoryPath = Path.Combine(_folder.Path, "External");
            options.FieldDefinitions = TestFields.Create();
        });
        services.AddLuceneIndex("InternalIndex", options =>
        {
            options.DirectoryPath = Path.Combine(_folder.Path, "Internal");
            options.Analyzer = IndexAnalyzer.CultureInvariantWhitespace;
        });
        services.AddSingleton<IIndexPopulator>(new ListPopulator("ExternalIndex", CareerValueSets.Numbered(4)));
        return services;
    }
}
