using System.Globalization;
using System.Security.Claims;
using CareerCms.Web.Backoffice.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace CareerCms.Web.Backoffice.Security;

/// <summary>
/// Cookie authentication for the backoffice: HttpOnly, SameSite=Strict, Secure when the request is HTTPS, an idle
/// timeout of <c>Umbraco:CMS:Global:TimeOut</c> (sliding), and the user re-read from the database on every request
/// so that a disabled user, a changed password or changed groups take effect at once. The cookie carries a session
/// id (<see cref="UserSessionService"/>) checked on every request, so signing out ends the session even for a copy
/// of the cookie taken before.
/// </summary>
public static class BackofficeAuthentication
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "UmbracoBackOffice";

    /// <summary>The authorization policy every management endpoint requires.</summary>
    public const string Policy = "BackOffice";

    private const string StampClaim = "umb:stamp";

    private const string SessionClaim = "umb:session";

    /// <summary>Registers the cookie scheme and the policy.</summary>
    public static IServiceCollection AddBackofficeAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme).AddCookie(Scheme, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IOptions<GlobalSettings>, IOptions<SecuritySettings>>((cookie, global, security) =>
        {
            cookie.Cookie.Name = security.Value.AuthCookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.Path = "/umbraco";
            cookie.ExpireTimeSpan = global.Value.TimeOut;
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => WriteStatus(context.Response, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => WriteStatus(context.Response, StatusCodes.Status403Forbidden);
            cookie.Events.OnValidatePrincipal = ValidatePrincipalAsync;
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }

    /// <summary>The principal stored in the cookie for a user's session.</summary>
    public static ClaimsPrincipal CreatePrincipal(BackofficeUser user, Guid sessionId) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.Email),
                new Claim(StampClaim, user.SecurityStamp),
                new Claim(SessionClaim, sessionId.ToString("D")),
            ],
            Scheme));

    /// <summary>The session id of a signed-in principal, or null.</summary>
    public static Guid? SessionId(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(SessionClaim), out var id) ? id : null;

    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var idText = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(StampClaim);
        var users = context.HttpContext.RequestServices.GetRequiredService<BackofficeUserService>();
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var user = int.TryParse(idText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? await users.GetAsync(id, context.HttpContext.RequestAborted).ConfigureAwait(false)
            : null;
        var sessionId = SessionId(principal);
        var sessionActive = user is not null && sessionId is { } session
            && await context.HttpContext.RequestServices.GetRequiredService<UserSessionService>()
                .IsActiveAsync(session, user.Id, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (user is null || !sessionActive || user.Disabled || user.SecurityStamp != stamp || user.IsLockedOut(clock.GetUtcNow().UtcDateTime))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme).ConfigureAwait(false);
            return;
        }

        CurrentUser.Set(context.HttpContext, new CurrentUser(user));
    }

    private static Task WriteStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
