using CareerCms.Plugin.DeliveryApi.Filters;
using CareerCms.Plugin.DeliveryApi.Indexing;
using CareerCms.Plugin.DeliveryApi.Output;
using CareerCms.Plugin.DeliveryApi.Selectors;
using CareerCms.Plugin.DeliveryApi.Sorts;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Plugin.Composing;

/// <summary>
/// The Delivery API extensions. They are public, so Umbraco's type discovery finds them too; the collection
/// builders hold each type once, so the explicit registrations below do not double them.
/// </summary>
internal static class CareerCmsDeliveryApiRegistration
{
    public static IUmbracoBuilder AddCareerCmsDeliveryApi(this IUmbracoBuilder builder)
    {
        builder.ContentIndexHandlers().Add<CareerIndexHandler>();

        builder.FilterHandlers()
            .Add<IndustryFilter>()
            .Add<ExperienceLevelFilter>()
            .Add<DifficultyFilter>()
            .Add<FromCareerFilter>()
            .Add<SalaryMinFilter>()
            .Add<SalaryMaxFilter>()
            .Add<PathCountFilter>();

        builder.SortHandlers()
            .Add<SalaryMinSort>()
            .Add<SalaryMaxSort>()
            .Add<GrowthRateSort>()
            .Add<PathCountSort>()
            .Add<EngagementSort>()
            .Add<DurationMinMonthsSort>();

        builder.SelectorHandlers()
            .Add<TransitionsToSelector>()
            .Add<TransitionsFromSelector>()
            .Add<RelatedCareersSelector>();

        builder.Services.AddSingleton<CareerOutputValues>();
        builder.PropertyValueConverters().Append<CareerOutputValueConverter>();
        return builder;
    }
}
