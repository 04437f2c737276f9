using CareerCms.Web.DeliveryApi.Output.Routing;

namespace CareerCms.Web.DeliveryApi.Endpoints;

/// <summary>Umbraco's answer for a tracked old route: 301 to the item's route, with its start item in two headers.</summary>
public static class DeliveryApiRedirectResult
{
    /// <summary>The 301, adding <c>Location-Start-Item-Path</c> and <c>Location-Start-Item-Id</c> to the response.</summary>
    public static IResult To(HttpResponse response, DeliveryApiRoute route)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(route);
        response.Headers.Append("Location-Start-Item-Path", route.StartItemPath);
        response.Headers.Append("Location-Start-Item-Id", route.StartItemId.ToString("D"));
        return TypedResults.Redirect(route.Path, permanent: true);
    }
}
