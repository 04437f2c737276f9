using CareerCms.Web.Composition;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Webhooks;

/// <summary>Registers webhooks: Umbraco's settings (<c>Umbraco:CMS:Webhook</c>), CareerCms's (<c>CareerCms:Webhooks</c>), outbox and dispatcher.</summary>
public static class WebhookBuilderExtensions
{
    /// <summary>Adds webhooks. Safe to call twice.</summary>
    public static IUmbracoBuilder AddWebhooks(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(s => s.ServiceType == typeof(WebhookOutbox)))
        {
            return builder;
        }

        services.AddOptions<WebhookSettings>().Bind(builder.Config.GetSection(Constants.Configuration.ConfigWebhook))
            .Validate(s => s.Period > TimeSpan.Zero && s.MaximumRetries >= 0, "Umbraco:CMS:Webhook: Period must be positive and MaximumRetries zero or more.")
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>().Bind(builder.Config.GetSection(WebhookOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();

        services.AddSingleton<WebhookHostResolver>();
        services.AddSingleton<WebhookConnectionGuard>();
        services.AddHttpClient(Constants.HttpClients.WebhookFiring)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<WebhookConnectionGuard>().CreateHandler());
        services.AddSingleton<WebhookRepository>();
        services.AddSingleton<WebhookPayloadBuilder>();
        services.AddSingleton<WebhookDispatchSignal>();
        services.AddSingleton<WebhookOutbox>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookService>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<IStartupStep, WebhookConfigurationStep>();
        builder.AddNotificationHandler<ContentPublishingNotification, WebhookContentNotificationHandler>();
        builder.AddNotificationHandler<ContentUnpublishingNotification, WebhookContentNotificationHandler>();
        builder.AddNotificationHandler<ContentMovingToRecycleBinNotification, WebhookContentNotificationHandler>();
        builder.AddNotificationHandler<ContentDeletingNotification, WebhookContentNotificationHandler>();
        builder.AddNotificationHandler<ContentPublishedNotification, WebhookContentNotificationHandler>();
        builder.AddNotificationHandler<ContentUnpublishedNotification, WebhookContentNotificationHandler>();
        builder.AddNotificationHandler<ContentMovedToRecycleBinNotification, WebhookContentNotificationHandler>();
        builder.AddNotificationHandler<ContentDeletedNotification, WebhookContentNotificationHandler>();
        return builder;
    }

    /// <summary>Checks the configured webhooks at start.</summary>
    private sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
    {
        public ValidateOptionsResult Validate(string? name, WebhookOptions options)
        {
            var failures = new List<string>();
            for (var i = 0; i < options.Definitions.Count; i++)
            {
                var definition = options.Definitions[i];
                if ((WebhookValidation.Check(definition.Url, definition.Events, options.AllowedHosts) ?? WebhookValidation.CheckHeaders(definition.Headers)) is { } problem)
                {
                    failures.Add($"{WebhookOptions.SectionName}:Definitions:{i}: {problem.Detail}");
                }
            }

            if (options.RequestTimeout <= TimeSpan.Zero || options.MaximumBackoff <= TimeSpan.Zero || options.BatchSize < 1)
            {
                failures.Add($"{WebhookOptions.SectionName}: RequestTimeout and MaximumBackoff must be positive, BatchSize at least 1.");
            }

            return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
        }
    }
}
