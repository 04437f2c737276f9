namespace CareerCms.Web.DeliveryApi.Endpoints;

/// <summary>The OpenAPI document of the Delivery API, named as Umbraco names it.</summary>
public static class DeliveryApiOpenApi
{
    /// <summary>Document name ("delivery").</summary>
    public const string DocumentName = "delivery";

    /// <summary>Document title.</summary>
    public const string Title = "Umbraco Delivery API";
}
