using CareerCms.Plugin.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Plugin.Composing;

/// <summary>The careers domain rules, enforced on every save (backoffice, import, API) by a saving handler.</summary>
internal static class CareerCmsValidationRegistration
{
    public static IUmbracoBuilder AddCareerCmsValidation(this IUmbracoBuilder builder)
    {
        builder.Services.TryAddSingleton<CareerContentRules>();
        builder.AddNotificationHandler<ContentSavingNotification, CareerContentRulesHandler>();
        return builder;
    }
}
