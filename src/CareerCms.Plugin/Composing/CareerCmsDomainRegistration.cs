using CareerCms.Plugin.Careers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Plugin.Composing;

/// <summary>The careers domain: validated settings, the analyzer, the planner, matching and the path-count store.</summary>
internal static class CareerCmsDomainRegistration
{
    public static IUmbracoBuilder AddCareerCmsDomain(this IUmbracoBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SkillGapOptions>().Bind(builder.Config.GetSection(SkillGapOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SkillGapOptions>, SkillGapOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SkillGapAnalyzer>();
        services.AddSingleton<RoadmapPlanner>();
        services.AddSingleton<CareerMatcher>();
        services.AddSingleton<PathCountStore>();
        return builder;
    }
}
