using CareerCms.Web.Search.Careers;
using CareerCms.Web.Search.Indexing;
using CareerCms.Web.Search.Management;
using CareerCms.Web.Search.Page;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Web.Search;

/// <summary>
/// The search feature: Umbraco's ExternalIndex and InternalIndex kept from the journal (with crash repair and
/// health), the Examine management endpoints, and the visitor career search (API and page).
/// </summary>
public static class CareerSearchBuilderExtensions
{
    /// <summary>
    /// Registers the indexes, the career search, its options (<c>CareerCms:Search:Careers</c>,
    /// <c>CareerCms:Search:Indexing</c>) and the <see cref="CareerSearchOptions.RateLimitPolicy"/> rate-limit policy.
    /// Safe to call more than once.
    /// </summary>
    public static IUmbracoBuilder AddCareerSearch(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(s => s.ServiceType == typeof(ContentIndexSync)))
        {
            return builder;
        }

        builder.AddContentIndexes();
        var services = builder.Services;
        services.AddOptions<CareerSearchOptions>().Bind(builder.Config.GetSection(CareerSearchOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CareerSearchOptions>, SearchOptionsValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContentIndexingOptions>, SearchOptionsValidation>());
        services.AddSingleton<CareerSearchService>();
        services.AddSingleton<IndexDiagnostics>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, CareerSearchRateLimiting>(CareerSearchOptions.RateLimitPolicy));
        return builder;
    }

    /// <summary>
    /// Maps <c>GET /api/careers/search</c>, <c>GET /api/careers/suggest</c> and the <c>GET /search</c> page, all
    /// rate-limited (the pipeline must run <c>app.UseRateLimiter()</c>). The Examine management endpoints are not
    /// mapped here: map <see cref="ExamineManagementApi.MapExamineManagementApi"/> on an authorized backoffice group.
    /// </summary>
    public static WebApplication MapCareerSearch(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapCareerSearchApi();
        app.MapSearchPage();
        return app;
    }
}
