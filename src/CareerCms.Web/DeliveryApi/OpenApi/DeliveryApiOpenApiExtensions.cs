using CareerCms.Web.DeliveryApi.Endpoints;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Web.DeliveryApi.OpenApi;

/// <summary>
/// The Delivery API's OpenAPI document (<c>delivery</c>, "Umbraco Delivery API") through Microsoft.AspNetCore.OpenApi,
/// at Umbraco 17's path and at the Umbraco 14-16 (Swashbuckle) path, with the Swagger UI at <c>/umbraco/openapi</c>.
/// </summary>
public static class DeliveryApiOpenApiExtensions
{
    /// <summary>Umbraco 17's document route.</summary>
    public const string DocumentRoute = "/umbraco/openapi/{documentName}.json";

    /// <summary>Umbraco 14-16's document route (Swashbuckle's layout).</summary>
    public const string LegacyDocumentRoute = "/umbraco/swagger/{documentName}/swagger.json";

    /// <summary>Where the UI answers.</summary>
    public const string UiPath = "umbraco/openapi";

    /// <summary>Registers the document generator and its settings (<see cref="DeliveryApiOpenApiSettings"/>).</summary>
    public static IUmbracoBuilder AddDeliveryApiOpenApi(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DeliveryApiOpenApiSettings>().Bind(builder.Config.GetSection(DeliveryApiOpenApiSettings.SectionName));
        builder.Services.AddOpenApi(DeliveryApiOpenApi.DocumentName, options =>
        {
            // 3.0, as Umbraco's Swashbuckle documents were: every client generator in use reads it (3.1 support varies).
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.ShouldInclude = description => description.GroupName == DeliveryApiOpenApi.DocumentName;
            options.CreateSchemaReferenceId = DeliveryApiOpenApiSchemas.ReferenceId;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = DeliveryApiOpenApi.Title,
                    Version = "Latest",
                    Description = "You can find out more about the Umbraco Delivery API in [the documentation](https://docs.umbraco.com/umbraco-cms/reference/content-delivery-api).",
                };
                DeliveryApiOpenApiSchemas.DescribePropertyValues(document);
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(DeliveryApiOpenApiOperations.TransformAsync);
            options.AddSchemaTransformer((schema, _, _) =>
            {
                DeliveryApiOpenApiSchemas.NumbersAsNumbers(schema);
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>Maps the document routes and the UI when <see cref="DeliveryApiOpenApiSettings.Enabled"/> (default: outside Production).</summary>
    public static WebApplication MapDeliveryApiOpenApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Services.GetRequiredService<IOptions<DeliveryApiOpenApiSettings>>().Value;
        if (!settings.IsServed(app.Environment))
        {
            return app;
        }

        app.MapOpenApi(DocumentRoute);
        app.MapOpenApi(LegacyDocumentRoute);
        if (settings.UiEnabled)
        {
            // Swashbuckle's UI serves its files from the assembly's embedded resources: no CDN, works offline.
            app.UseSwaggerUI(ui =>
            {
                ui.RoutePrefix = UiPath;
                ui.DocumentTitle = DeliveryApiOpenApi.Title;
                ui.SwaggerEndpoint($"/umbraco/openapi/{DeliveryApiOpenApi.DocumentName}.json", DeliveryApiOpenApi.Title);
            });
        }

        return app;
    }
}
