namespace CareerCms.Plugin.Api.Backoffice;

/// <summary>
/// Where the plugin's backoffice data lives: beside Umbraco's Management API (<c>/umbraco/management/api/v1</c>).
/// Authorization (a backoffice policy) is attached by the host's backoffice; the data is read-only and derived
/// from published content.
/// </summary>
public static class CareerCmsManagementRoutes
{
    /// <summary>The route prefix of every backoffice endpoint of the plugin.</summary>
    public const string Prefix = "umbraco/management/api/v1/career-cms";
}
