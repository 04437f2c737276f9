namespace CareerCms.Web.DeliveryApi.Routing;

/// <summary>The current request's Delivery API context, for query handlers that need it (path selectors).</summary>
public sealed class DeliveryApiRequestAccessor(IHttpContextAccessor httpContextAccessor)
{
    private const string ItemKey = "CareerCms.DeliveryApiRequest";

    /// <summary>The context, when the current request is a Delivery API request.</summary>
    public DeliveryApiRequestContext? Current =>
        httpContextAccessor.HttpContext?.Items.TryGetValue(ItemKey, out var value) == true ? value as DeliveryApiRequestContext : null;

    /// <summary>Stores the context on the request.</summary>
    public static void Set(HttpContext httpContext, DeliveryApiRequestContext context) => httpContext.Items[ItemKey] = context;
}
