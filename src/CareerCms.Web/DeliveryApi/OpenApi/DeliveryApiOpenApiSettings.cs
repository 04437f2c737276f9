namespace CareerCms.Web.DeliveryApi.OpenApi;

/// <summary>
/// <c>Umbraco:CMS:DeliveryApi:OpenApi</c>: whether the Delivery API's OpenAPI document and its UI are served.
/// Umbraco 17 serves them outside Production only ("for security reasons"); so does CareerCms unless this says otherwise.
/// </summary>
public sealed class DeliveryApiOpenApiSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Umbraco:CMS:DeliveryApi:OpenApi";

    /// <summary>
    /// Serve <c>/umbraco/openapi/delivery.json</c>, <c>/umbraco/swagger/delivery/swagger.json</c> and the UI at
    /// <c>/umbraco/openapi</c>. Default null: off in the Production environment, on elsewhere.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Whether the document is served in the environment.</summary>
    public bool IsServed(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Enabled ?? !environment.IsProduction();
    }

    /// <summary>Serve the Swagger UI too (only when the document is served). Default true.</summary>
    public bool UiEnabled { get; set; } = true;
}
