using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Backoffice.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>POST security/back-office/login.</summary>
public sealed record LoginRequest(string? Username, string? Password);

/// <summary>POST install/setup: the first administrator.</summary>
public sealed record InstallRequest(InstallUserModel User);

/// <summary>The first administrator's details.</summary>
public sealed record InstallUserModel(string Name, string Email, string Password);

/// <summary>POST user/current/change-password (Umbraco's ChangePasswordCurrentUserRequestModel): the current password is asked again.</summary>
public sealed record ChangeOwnPasswordRequest(string? OldPassword, string NewPassword);

/// <summary>GET user/current: who is signed in and what they may do (the UI hides what the server would refuse).</summary>
public sealed record CurrentUserResponse(
    Guid Id, string Name, string Email, bool IsAdmin, IReadOnlyList<string> AllowedSections, IReadOnlyList<string> FallbackPermissions,
    bool HasDocumentRootAccess, IReadOnlyList<ReferenceById> DocumentStartNodeIds, IReadOnlyList<string> UserGroups, int TimeOutSeconds);

/// <summary>
/// Sign-in, sign-out, the password policy, the current user, the server status and the first-run install. Every
/// answer that can precede a state-changing request issues a fresh antiforgery token for the current identity.
/// </summary>
public static class SecurityApi
{
    /// <summary>Maps the anonymous endpoints.</summary>
    public static RouteGroupBuilder MapAnonymousSecurityApi(this RouteGroupBuilder api)
    {
        api.MapGet("/server/status", async (BackofficeUserService users, HttpContext http, CancellationToken ct) =>
        {
            BackofficeAntiforgery.IssueToken(http);
            return TypedResults.Ok(new { serverStatus = await users.NeedsInstallAsync(ct).ConfigureAwait(false) ? "Install" : "Run" });
        }).WithTags("Server");
        api.MapGet("/security/configuration", (PasswordPolicy policy, IOptions<GlobalSettings> global, HttpContext http) =>
        {
            BackofficeAntiforgery.IssueToken(http);
            var p = policy.Settings;
            return TypedResults.Ok(new
            {
                passwordConfiguration = new
                {
                    minimumPasswordLength = p.RequiredLength,
                    requireNonLetterOrDigit = p.RequireNonLetterOrDigit,
                    requireDigit = p.RequireDigit,
                    requireLowercase = p.RequireLowercase,
                    requireUppercase = p.RequireUppercase,
                },
                timeOutSeconds = (int)global.Value.TimeOut.TotalSeconds,
            });
        }).WithTags("Security");
        api.MapPost("/security/back-office/login", LoginAsync).WithTags("Security").Produces<CurrentUserResponse>().ProducesProblem(401);
        api.MapPost("/install/setup", InstallAsync).WithTags("Install").Produces<CurrentUserResponse>().ProducesProblem(400);
        return api;
    }

    /// <summary>Maps the endpoints that need a signed-in user.</summary>
    public static RouteGroupBuilder MapSecurityApi(this RouteGroupBuilder api)
    {
        api.MapPost("/security/back-office/logout", async (HttpContext http, UserSessionService sessions, CancellationToken ct) =>
        {
            // End the session server-side first: a copy of the cookie must not outlive the sign-out.
            if (BackofficeAuthentication.SessionId(http.User) is { } session)
            {
                await sessions.EndAsync(session, ct).ConfigureAwait(false);
            }

            await http.SignOutAsync(BackofficeAuthentication.Scheme).ConfigureAwait(false);
            return TypedResults.Ok();
        }).WithTags("Security");
        api.MapGet("/user/current", (CurrentUser user, IOptions<GlobalSettings> global, HttpContext http) =>
        {
            BackofficeAntiforgery.IssueToken(http);
            return TypedResults.Ok(Describe(user, global.Value));
        }).WithTags("User").Produces<CurrentUserResponse>();
        api.MapPost("/user/current/change-password", async (
            ChangeOwnPasswordRequest request, CurrentUser user, BackofficeUserService users, SignInThrottle throttle, HttpContext http, CancellationToken ct) =>
        {
            // A session left open must not be enough to take over the account: prove the current password first,
            // and not by guessing it: wrong guesses are throttled like sign-ins.
            var client = ClientAddress(http);
            if (throttle.RetryAfter(client, user.User.Email) is { } wait)
            {
                return ManagementProblems.TooManyAttempts(http, wait);
            }

            if (!users.IsCurrentPassword(user.User, request.OldPassword))
            {
                throttle.RecordFailure(client, user.User.Email);
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["oldPassword"] = ["Your current password is not correct."] },
                    title: "The current password is not correct",
                    extensions: new Dictionary<string, object?> { ["operationStatus"] = "InvalidOldPassword" });
            }

            var result = await users.ChangePasswordAsync(user, user.User.Key, request.NewPassword, ct).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return ManagementProblems.FromUser(result.Status, result.Messages);
            }

            // The new security stamp ends other sessions; keep this one by re-issuing its cookie.
            await SignInAsync(http, result.User!, BackofficeAuthentication.SessionId(http.User)).ConfigureAwait(false);
            return TypedResults.Ok();
        }).WithTags("User").Produces(200).ProducesProblem(400);
        return api;
    }

    internal static async Task<IResult> LoginAsync(
        LoginRequest request, BackofficeUserService users, SignInThrottle throttle, IOptions<GlobalSettings> global, HttpContext http, CancellationToken ct)
    {
        var client = ClientAddress(http);
        var account = request.Username ?? "";
        if (throttle.RetryAfter(client, account) is { } wait)
        {
            return ManagementProblems.TooManyAttempts(http, wait);
        }

        var result = await users.SignInAsync(request.Username, request.Password, ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throttle.RecordFailure(client, account);
            return ManagementProblems.FromUser(result.Status);
        }

        await SignInAsync(http, result.User!, null).ConfigureAwait(false);
        return TypedResults.Ok(Describe(new CurrentUser(result.User!), global.Value));
    }

    internal static async Task<IResult> InstallAsync(InstallRequest request, BackofficeUserService users, IOptions<GlobalSettings> global, HttpContext http, CancellationToken ct)
    {
        var result = await users.InstallAsync(request.User.Name, request.User.Email, request.User.Password, ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return ManagementProblems.FromUser(result.Status, result.Messages);
        }

        var signedIn = await users.SignInAsync(request.User.Email, request.User.Password, ct).ConfigureAwait(false);
        await SignInAsync(http, signedIn.User ?? result.User!, null).ConfigureAwait(false);
        return TypedResults.Ok(Describe(new CurrentUser(signedIn.User ?? result.User!), global.Value));
    }

    /// <summary>The client's address as this node sees it (behind a proxy: configure forwarded headers).</summary>
    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Issues the auth cookie for <paramref name="user"/>, in <paramref name="sessionId"/> or a new session.</summary>
    private static async Task SignInAsync(HttpContext http, BackofficeUser user, Guid? sessionId)
    {
        var sessions = http.RequestServices.GetRequiredService<UserSessionService>();
        var session = sessionId ?? await sessions.StartAsync(user, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted).ConfigureAwait(false);
        var principal = BackofficeAuthentication.CreatePrincipal(user, session);
        await http.SignInAsync(BackofficeAuthentication.Scheme, principal).ConfigureAwait(false);
        // The antiforgery token is bound to the identity: hand out one for the user now signed in.
        http.User = principal;
        BackofficeAntiforgery.IssueToken(http);
    }

    private static CurrentUserResponse Describe(CurrentUser user, GlobalSettings global) => new(
        user.User.Key, user.User.Name, user.User.Email, user.IsAdmin,
        user.Sections.Order(StringComparer.Ordinal).ToArray(),
        BackofficePermissions.DocumentVerbList.Where(user.Permissions.Contains).ToArray(),
        user.HasRootAccess,
        user.StartContentKeys.Select(k => new ReferenceById(k)).ToArray(),
        user.User.Groups.Select(g => g.Alias).ToArray(),
        (int)global.TimeOut.TotalSeconds);
}
