namespace CareerCms.Plugin.Api.Backoffice;

/// <summary>Settings of the plugin's backoffice data endpoints, bound from <see cref="SectionName"/>.</summary>
public sealed class CareerCmsBackofficeOptions
{
    /// <summary>The configuration section: <c>CareerCms:Backoffice</c>.</summary>
    public const string SectionName = "CareerCms:Backoffice";

    /// <summary>
    /// The ASP.NET Core authorization policy the backoffice endpoints require (Umbraco's is
    /// <c>BackOfficeAccess</c>). Default none: the host attaches its backoffice policy by setting it.
    /// </summary>
    public string? AuthorizationPolicy { get; set; }
}
