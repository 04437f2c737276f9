using CareerCms.Search.Analysis;
using CareerCms.Search.Indexing;
using CareerCms.Search.Registration;
using CareerCms.Web.Composition;
using CareerCms.Web.DeliveryApi.Output.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Search.Indexing;

/// <summary>Registers ExternalIndex and InternalIndex, their populator and the journal-driven sync.</summary>
internal static class ContentIndexServiceCollectionExtensions
{
    public static IUmbracoBuilder AddContentIndexes(this IUmbracoBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ContentIndexingOptions>()
            .Configure(o =>
            {
                // Umbraco's own keys first; CareerCms:Search:Indexing wins where both are set.
                o.ExplicitlyIndexEachNestedProperty = builder.Config.GetValue("Umbraco:CMS:Indexing:ExplicitlyIndexEachNestedProperty", o.ExplicitlyIndexEachNestedProperty);
                o.BatchSize = builder.Config.GetValue("Umbraco:CMS:Indexing:BatchSize", o.BatchSize);
            })
            .Bind(builder.Config.GetSection(ContentIndexingOptions.SectionName))
            .ValidateOnStart();

        services.TryAddSingleton<DeliveryApiRouteBuilder>();
        services.TryAddSingleton<ISearchRankingSignals, ContentRankingSignals>();
        services.TryAddSingleton<IContentIndexJournal, CacheInstructionJournal>();
        services.AddSingleton<PropertyIndexValues>();
        services.AddSingleton<CareerSearchProjection>();
        services.AddSingleton<ContentValueSetBuilder>();
        services.AddSingleton<VersionHeaders>();
        services.AddSingleton<ContentIndexLoader>();
        services.AddSingleton<ContentIndexCheckpoints>();
        services.AddSingleton<ContentIndexSync>();
        services.AddIndexPopulator<ContentIndexPopulator>();
        AddIndex(services, ContentIndexNames.External, IndexAnalyzer.Standard, publishedValuesOnly: true);
        AddIndex(services, ContentIndexNames.Internal, IndexAnalyzer.CultureInvariantWhitespace, publishedValuesOnly: false);
        services.AddHostedService<ContentIndexSyncWorker>();
        builder.AddNotificationHandler<ContentCacheRefresherNotification, ContentIndexNotificationHandler>();
        return builder;
    }

    private static void AddIndex(IServiceCollection services, string name, IndexAnalyzer analyzer, bool publishedValuesOnly)
    {
        services.AddLuceneIndex(name, _ => { });
        services.AddOptions<LuceneIndexOptions>(name)
            .Configure<RuntimePaths, IOptions<ContentIndexingOptions>>((options, paths, indexing) =>
            {
                options.DirectoryPath = Path.Combine(paths.DataDirectory, "TEMP", "ExamineIndexes", name);
                options.Analyzer = analyzer;
                options.FieldDefinitions = new UmbracoFieldDefinitionCollection(withCareerSearch: publishedValuesOnly);
                options.Validator = new ContentValueSetValidator(publishedValuesOnly);
                options.CommitInterval = indexing.Value.CommitInterval;
                // Numbers are sorted through the FieldCache (as Examine does): numeric DocValues cost Lucene.Net a
                // reflection walk per value written, a sixth of a rebuild. ContentIndexCheckpoint.CurrentFormat
                // rebuilds indexes written with them.
                options.NumericDocValues = false;
            });
    }
}
