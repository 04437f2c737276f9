using CareerCms.Web.DeliveryApi.Routing;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.DeliveryApi.Endpoints;

/// <summary>Umbraco's access rules: API enabled, public or keyed, preview only with the key; Start-Item must exist.</summary>
public sealed class DeliveryApiAccess(IOptionsMonitor<DeliveryApiSettings> settings, DeliveryApiRequestContextFactory contexts)
{
    /// <summary>The request's context, or the error answer when access is refused or the Start-Item is unknown.</summary>
    public async Task<(DeliveryApiRequestContext? Context, IResult? Refusal)> AuthorizeAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.Append("Vary", "Accept-Language, Preview, Start-Item");
        var current = settings.CurrentValue;
        if (!current.Enabled)
        {
            return (null, DeliveryApiProblems.Unauthorized());
        }

        var context = await contexts.CreateAsync(httpContext).ConfigureAwait(false);
        if ((!current.PublicAccess || context.Preview) && !context.HasValidApiKey)
        {
            return (null, DeliveryApiProblems.Unauthorized());
        }

        if (context.StartItemHeader is not null && context.StartItem is null)
        {
            return (null, DeliveryApiProblems.UnknownStartItem(httpContext.Request));
        }

        return (context, null);
    }

    /// <summary>
    /// Media: answers 401 while the media API is disabled, or without the key unless both the API and the media API
    /// are public (media access is never looser than content access, as in Umbraco).
    /// </summary>
    public IResult? AuthorizeMedia(HttpContext httpContext)
    {
        var current = settings.CurrentValue;
        var keyed = !string.IsNullOrWhiteSpace(current.ApiKey) &&
                    string.Equals(httpContext.Request.Headers["Api-Key"].ToString(), current.ApiKey, StringComparison.Ordinal);
        var allowed = current.Enabled && current.Media.Enabled && ((current.PublicAccess && current.Media.PublicAccess) || keyed);
        return allowed ? null : DeliveryApiProblems.Unauthorized();
    }
}
