using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Web.Composition;

/// <summary>The host's own features, registered through the Umbraco builder like any package.</summary>
public static class CareerCmsHostFeatures
{
    /// <summary>Adds every host feature.</summary>
    public static IUmbracoBuilder AddCareerCmsHostFeatures(this IUmbracoBuilder builder) => builder;

    /// <summary>The request pipeline.</summary>
    public static WebApplication UseCareerCms(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGet("/", () => Results.Redirect("/umbraco/delivery/api/v2/content"));
        return app;
    }
}
