using CareerCms.Web.Backoffice;
using CareerCms.Web.DeliveryApi;
using CareerCms.Web.DeliveryApi.Endpoints;
using CareerCms.Web.DeliveryApi.Output;
using CareerCms.Web.Sync;
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
        return builder;
    }

    /// <summary>The request pipeline.</summary>
    public static WebApplication UseCareerCms(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseBackoffice();
        app.MapDeliveryApi();
        app.MapGet("/", () => Results.Redirect("/umbraco/delivery/api/v2/content")).ExcludeFromDescription();
        return app;
    }
}
