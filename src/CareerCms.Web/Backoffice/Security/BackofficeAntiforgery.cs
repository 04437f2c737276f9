using Microsoft.AspNetCore.Antiforgery;

namespace CareerCms.Web.Backoffice.Security;

/// <summary>
/// Antiforgery for every state-changing management request: the token travels in the <c>X-UMB-XSRF-TOKEN</c>
/// header (Umbraco's name), the UI reads it from the script-readable <c>UMB-XSRF-TOKEN</c> cookie; the paired
/// cookie token is HttpOnly. Requests without a valid token get a 400 ProblemDetails before any endpoint runs.
/// </summary>
public static class BackofficeAntiforgery
{
    /// <summary>The request header carrying the token.</summary>
    public const string HeaderName = "X-UMB-XSRF-TOKEN";

    /// <summary>The readable cookie the UI takes the token from.</summary>
    public const string TokenCookieName = "UMB-XSRF-TOKEN";

    /// <summary>Registers antiforgery with the backoffice's names.</summary>
    public static IServiceCollection AddBackofficeAntiforgery(this IServiceCollection services) =>
        services.AddAntiforgery(options =>
        {
            options.HeaderName = HeaderName;
            options.Cookie.Name = "UMB-XSRF-V";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/umbraco";
        });

    /// <summary>Issues a token for the request's current user in the readable cookie.</summary>
    public static void IssueToken(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(TokenCookieName, tokens.RequestToken ?? "", new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/umbraco",
        });
    }

    /// <summary>Rejects unsafe management requests without a valid token.</summary>
    public static IApplicationBuilder UseBackofficeAntiforgery(this IApplicationBuilder app, PathString managementPath) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(managementPath) && !IsSafe(context.Request.Method))
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
                {
                    await Management.ManagementProblems.AntiforgeryFailed().ExecuteAsync(context).ConfigureAwait(false);
                    return;
                }
            }

            await next(context).ConfigureAwait(false);
        });

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
