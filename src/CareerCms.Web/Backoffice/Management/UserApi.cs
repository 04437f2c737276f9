using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Backoffice.Users;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>A user in the Users section.</summary>
/// <param name="State">Umbraco's UserState: Active, Disabled or LockedOut.</param>
public sealed record UserResponse(
    Guid Id, string Name, string Email, IReadOnlyList<ReferenceById> UserGroupIds, string State, int FailedLoginAttempts,
    DateTime? LastLoginDate, DateTime? LastLockoutDate, DateTime? LastPasswordChangeDate, DateTime CreateDate, DateTime UpdateDate,
    IReadOnlyList<ReferenceById> DocumentStartNodeIds);

/// <summary>POST user.</summary>
public sealed record CreateUserRequest(string Name, string Email, string Password, IReadOnlyList<ReferenceById>? UserGroupIds, IReadOnlyList<ReferenceById>? DocumentStartNodeIds);

/// <summary>PUT user/{id}.</summary>
public sealed record UpdateUserRequest(string Name, string Email, IReadOnlyList<ReferenceById>? UserGroupIds, IReadOnlyList<ReferenceById>? DocumentStartNodeIds);

/// <summary>POST user/{id}/change-password.</summary>
public sealed record ChangePasswordRequest(string NewPassword);

/// <summary>POST user/unlock|disable|enable.</summary>
public sealed record UserIdsRequest(IReadOnlyList<ReferenceById> UserIds);

/// <summary>The Users section's user endpoints; everything needs the Users section.</summary>
public static class UserApi
{
    /// <summary>Maps the endpoints on the v1 group.</summary>
    public static RouteGroupBuilder MapUserApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/user").WithTags("User").RequireSection(BackofficePermissions.UsersSection);
        group.MapGet("/", ListAsync).Produces<PagedResponse<UserResponse>>();
        group.MapGet("/{id:guid}", GetAsync).Produces<UserResponse>().ProducesProblem(404);
        group.MapPost("/", CreateAsync).Produces<UserResponse>(201).ProducesProblem(400).ProducesProblem(403);
        group.MapPut("/{id:guid}", UpdateAsync).Produces<UserResponse>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapDelete("/{id:guid}", DeleteAsync).Produces(200).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapPost("/{id:guid}/change-password", ChangePasswordAsync).Produces(200).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapPost("/unlock", (UserIdsRequest r, CurrentUser me, BackofficeUserService s, CancellationToken ct) => ForEachAsync(r, me, s, id => s.UnlockAsync(me, id, ct), ct))
            .Produces(200).ProducesProblem(403);
        group.MapPost("/disable", async (UserIdsRequest r, CurrentUser me, BackofficeUserService s, CancellationToken ct) =>
            r.UserIds?.Any(u => u?.Id == me.User.Key) == true
                ? ManagementProblems.FromUser(UserOperationStatus.CannotChangeSelf, ["You cannot disable your own account."])
                : await ForEachAsync(r, me, s, id => s.SetDisabledAsync(me, id, true, ct), ct).ConfigureAwait(false)).Produces(200).ProducesProblem(400).ProducesProblem(403);
        group.MapPost("/enable", (UserIdsRequest r, CurrentUser me, BackofficeUserService s, CancellationToken ct) => ForEachAsync(r, me, s, id => s.SetDisabledAsync(me, id, false, ct), ct))
            .Produces(200).ProducesProblem(403);
        return api;
    }

    /// <summary>A user as the API shows it.</summary>
    public static UserResponse ToResponse(BackofficeUser u, DateTime utcNow) => new(
        u.Key, u.Name, u.Email, u.Groups.Select(g => new ReferenceById(g.Key)).ToArray(),
        u.Disabled ? "Disabled" : u.IsLockedOut(utcNow) ? "LockedOut" : "Active",
        u.FailedAttempts, u.LastLoginDate, u.LastLockoutDate, u.LastPasswordChangeDate, u.CreateDate, u.UpdateDate,
        u.StartContentKey is { } start ? [new ReferenceById(start)] : []);

    internal static async Task<IResult> ListAsync(BackofficeUserService users, TimeProvider clock, CancellationToken ct, string? filter = null, int skip = 0, int take = 100)
    {
        var all = await users.GetAllAsync(ct).ConfigureAwait(false);
        var matching = string.IsNullOrWhiteSpace(filter)
            ? all
            : all.Where(u => u.Name.Contains(filter, StringComparison.OrdinalIgnoreCase) || u.Email.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToArray();
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new PagedResponse<UserResponse>(matching.Count, matching.Skip(skip).Take(take).Select(u => ToResponse(u, now)).ToArray()));
    }

    internal static async Task<IResult> GetAsync(Guid id, BackofficeUserService users, TimeProvider clock, CancellationToken ct) =>
        await users.GetAsync(id, ct).ConfigureAwait(false) is { } user
            ? TypedResults.Ok(ToResponse(user, clock.GetUtcNow().UtcDateTime))
            : ManagementProblems.FromUser(UserOperationStatus.NotFound);

    internal static async Task<IResult> CreateAsync(CreateUserRequest request, CurrentUser me, BackofficeUserService users, TimeProvider clock, CancellationToken ct)
    {
        var result = await users.CreateAsync(
            me, request.Name, request.Email, request.Password, (request.UserGroupIds ?? []).Select(g => g.Id).ToArray(),
            request.DocumentStartNodeIds?.FirstOrDefault()?.Id, ct).ConfigureAwait(false);
        return result.Succeeded
            ? TypedResults.Created($"/umbraco/management/api/v1/user/{result.User!.Key:D}", ToResponse(result.User, clock.GetUtcNow().UtcDateTime))
            : ManagementProblems.FromUser(result.Status, result.Messages);
    }

    internal static async Task<IResult> UpdateAsync(Guid id, UpdateUserRequest request, CurrentUser me, BackofficeUserService users, TimeProvider clock, CancellationToken ct)
    {
        var result = await users.UpdateAsync(
            me, id, request.Name, request.Email, (request.UserGroupIds ?? []).Select(g => g.Id).ToArray(), request.DocumentStartNodeIds?.FirstOrDefault()?.Id, ct).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok(ToResponse(result.User!, clock.GetUtcNow().UtcDateTime)) : ManagementProblems.FromUser(result.Status, result.Messages);
    }

    internal static async Task<IResult> DeleteAsync(Guid id, CurrentUser me, BackofficeUserService users, CancellationToken ct)
    {
        if (id == me.User.Key)
        {
            return ManagementProblems.FromUser(UserOperationStatus.CannotChangeSelf, ["You cannot delete your own account."]);
        }

        var result = await users.DeleteAsync(me, id, ct).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok() : ManagementProblems.FromUser(result.Status, result.Messages);
    }

    internal static async Task<IResult> ChangePasswordAsync(Guid id, ChangePasswordRequest request, CurrentUser me, BackofficeUserService users, CancellationToken ct)
    {
        var result = await users.ChangePasswordAsync(me, id, request.NewPassword, ct).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok() : ManagementProblems.FromUser(result.Status, result.Messages);
    }

    /// <summary>
    /// Applies <paramref name="action"/> to every user of the request, or to none: each user must exist and be one the
    /// performer may change before the first is changed.
    /// </summary>
    private static async Task<IResult> ForEachAsync(
        UserIdsRequest request, CurrentUser me, BackofficeUserService users, Func<Guid, Task<UserOperationResult>> action, CancellationToken ct)
    {
        if (request.UserIds is null || request.UserIds.Any(u => u is null))
        {
            return ManagementProblems.BadRequest("Invalid request", "userIds must be a list of { id } references.");
        }

        foreach (var reference in request.UserIds)
        {
            var target = await users.GetAsync(reference.Id, ct).ConfigureAwait(false);
            if (target is null)
            {
                return ManagementProblems.FromUser(UserOperationStatus.NotFound);
            }

            if (UserEditorAuthorization.DenyTouchingUser(me, target) is { } denied)
            {
                return ManagementProblems.FromUser(UserOperationStatus.Unauthorized, [denied]);
            }
        }

        foreach (var user in request.UserIds)
        {
            var result = await action(user.Id).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return ManagementProblems.FromUser(result.Status, result.Messages);
            }
        }

        return TypedResults.Ok();
    }
}
