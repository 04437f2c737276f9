using System.Text.Json.Serialization.Metadata;
using CareerCms.Web.DeliveryApi.OpenApi.Models;
using Microsoft.AspNetCore.OpenApi;

namespace CareerCms.Web.DeliveryApi.OpenApi;

/// <summary>Gives the documentation models Umbraco's schema names, so generated clients get Umbraco's type names.</summary>
internal static class DeliveryApiOpenApiSchemas
{
    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(ApiContentResponseModel)] = "IApiContentResponseModel",
        [typeof(ApiContentRouteModel)] = "IApiContentRouteModel",
        [typeof(ApiContentStartItemModel)] = "IApiContentStartItemModel",
        [typeof(PagedApiContentResponseModel)] = "PagedIApiContentResponseModel",
        [typeof(ApiMediaWithCropsResponseModel)] = "IApiMediaWithCropsResponseModel",
        [typeof(PagedApiMediaWithCropsResponseModel)] = "PagedIApiMediaWithCropsResponseModel",
    };

    /// <summary>Umbraco's name for a documentation model; the default for everything else.</summary>
    public static string? ReferenceId(JsonTypeInfo typeInfo) =>
        Names.TryGetValue(typeInfo.Type, out var name) ? name : OpenApiOptions.CreateDefaultSchemaReferenceId(typeInfo);
}
