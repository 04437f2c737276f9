using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Web.Content.Scheduling;

/// <summary>Registers scheduled publishing: Umbraco's settings, CareerCms's options, the schedule store and the job.</summary>
public static class ScheduledPublishingBuilderExtensions
{
    /// <summary>
    /// Adds scheduled publishing: binds Core's <see cref="ScheduledPublishingSettings"/> from
    /// <c>Umbraco:CMS:ScheduledPublishing</c> and <see cref="ScheduledPublishingOptions"/> from
    /// <c>CareerCms:ScheduledPublishing</c>, and starts the job. Safe to call twice.
    /// </summary>
    public static IUmbracoBuilder AddScheduledPublishing(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(s => s.ServiceType == typeof(ScheduledPublishingRunner)))
        {
            return builder;
        }

        services.AddOptions<ScheduledPublishingSettings>().Bind(builder.Config.GetSection(Constants.Configuration.ConfigScheduledPublishing))
            .Validate(s => s.Period > TimeSpan.Zero, "Umbraco:CMS:ScheduledPublishing:Period must be positive.")
            .ValidateOnStart();
        services.AddOptions<ScheduledPublishingOptions>().Bind(builder.Config.GetSection(ScheduledPublishingOptions.SectionName))
            .Validate(o => o.BatchSize >= 1, "CareerCms:ScheduledPublishing:BatchSize must be at least 1.")
            .ValidateOnStart();

        services.AddSingleton<ContentScheduleRepository>();
        services.AddSingleton<ContentScheduleService>();
        services.AddSingleton<ScheduledPublishingRunner>();
        services.AddHostedService<ScheduledPublishingWorker>();
        return builder;
    }
}
