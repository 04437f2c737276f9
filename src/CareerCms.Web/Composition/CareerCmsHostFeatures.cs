using CareerCms.Web.Backoffice;
using CareerCms.Web.Content.Scheduling;
using CareerCms.Web.DeliveryApi;
using CareerCms.Web.DeliveryApi.Endpoints;
using CareerCms.Web.DeliveryApi.OpenApi;
using CareerCms.Web.DeliveryApi.OutputCache;
using CareerCms.Web.DeliveryApi.Output;
using CareerCms.Web.Search;
using CareerCms.Web.Search.Management;
using CareerCms.Web.Security;
using CareerCms.Web.Sync.Management;
using CareerCms.Web.Sync;
using CareerCms.Web.Webhooks;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Web.Composition;

/// <summary>The host's own features, registered through the Umbraco builder like any package.</summary>
public static class CareerCmsHostFeatures
{
    /// <summary>Adds every host feature.</summary>
    public static IUmbracoBuilder AddCareerCmsHostFeatures(this IUmbracoBuilder builder)
    {
        builder.AddUSync();
        builder.AddBackoffice();
        builder.AddDeliveryApi();
        builder.Services.AddDeliveryApiOutput();
        builder.Services.AddDeliveryApiEndpoints();
        builder.AddDeliveryApiOpenApi();
        builder.AddDeliveryApiOutputCache();
        builder.AddWebhooks();
        builder.AddCareerSearch();
        builder.AddScheduledPublishing();

        // A body or parameter that cannot be bound is the client's mistake: answer with its 400 ProblemDetails, also in
        // Development (where minimal APIs throw BadHttpRequestException instead of answering).
        // Such a 400 is an ordinary client error, not an incident: answered with its ProblemDetails, never logged as an
        // error with a stack trace; real failures still log as errors.
        builder.Services.Configure<ExceptionHandlerOptions>(options =>
        {
            options.StatusCodeSelector = exception => exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError;
            options.SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException;
        });
        return builder;
    }

    /// <summary>The request pipeline.</summary>
    public static WebApplication UseCareerCms(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseBackoffice();
        app.UseDeliveryApiOutputCache();
        app.MapDeliveryApi();
        app.MapDeliveryApiOpenApi();
        app.MapGet("/", () => Results.Redirect("/umbraco/delivery/api/v2/content")).ExcludeFromDescription();

        // CareerCms plugin: its controllers (AddCareerCms adds their application part) and its rate-limit policy.
        app.UseRateLimiter();
        app.MapControllers();
        app.MapCareerSearch();

        // Feature APIs the backoffice dashboards call: signed-in users with the Settings section only.
        app.MapManagementApiGroup("usync").MapUSyncManagementApi();
        app.MapManagementApiGroup("").MapWebhookManagementApi();
        app.MapManagementApiGroup("").MapExamineManagementApi();
        return app;
    }
}
