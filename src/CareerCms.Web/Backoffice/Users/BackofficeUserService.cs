using System.Diagnostics;
using System.Net.Mail;
using CareerCms.Web.Backoffice.Content;
using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace CareerCms.Web.Backoffice.Users;

/// <summary>
/// Backoffice users: sign-in with lockout, the first administrator, create/update/delete, password changes.
/// Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>.
/// </summary>
public sealed class BackofficeUserService(
    DatabaseScopeProvider scopes,
    UserRepository users,
    UserGroupRepository groups,
    PasswordPolicy policy,
    IPasswordHasher<BackofficeUser> hasher,
    IOptions<SecuritySettings> security,
    DocumentTreeReader documents,
    DocumentAccess documentAccess,
    TimeProvider clock)
{
    // Verified against for unknown e-mails so that a miss costs as much as a wrong password (no user enumeration).
    private readonly Lazy<string> _dummyHash = new(() => hasher.HashPassword(new BackofficeUser { Key = Guid.Empty, Name = "", Email = "" }, Guid.NewGuid().ToString()));

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>True when no user exists yet (the site shows the first-run screen).</summary>
    public async Task<bool> NeedsInstallAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await users.CountAsync(connection).ConfigureAwait(false) == 0;
    }

    /// <summary>Creates the first administrator; refused once any user exists.</summary>
    public async Task<UserOperationResult> InstallAsync(string name, string email, string password, CancellationToken cancellationToken = default)
    {
        var problem = CheckIdentity(name, email) ?? CheckPassword(password, name, email);
        if (problem is not null)
        {
            return problem;
        }

        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        if (await users.CountAsync(scope.Connection, scope.Transaction).ConfigureAwait(false) > 0)
        {
            return UserOperationResult.Fail(UserOperationStatus.AlreadyInstalled, "The site already has an administrator.");
        }

        var admin = await groups.GetByAliasAsync(scope.Connection, Umbraco.Cms.Core.Constants.Security.AdminGroupAlias, scope.Transaction).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The Administrators group is missing; migration 0100 did not run.");
        var user = NewUser(name, email, password, [admin], null);
        var saved = await users.InsertAsync(scope.Connection, user, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return UserOperationResult.Ok(saved);
    }

    /// <summary>
    /// Checks credentials. Failed attempts count towards lockout (MaxFailedAccessAttemptsBeforeLockout, then locked
    /// for UserDefaultLockoutTimeInMinutes); a locked or disabled user fails even with the right password. Every
    /// failure takes at least UserDefaultFailedLoginDurationInMilliseconds so timing tells nothing.
    /// </summary>
    public async Task<UserOperationResult> SignInAsync(string? email, string? password, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var result = await CheckCredentialsAsync(email ?? "", password ?? "", cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            var settings = security.Value;
            var minimum = Math.Max(settings.UserDefaultFailedLoginDurationInMilliseconds, settings.UserMinimumFailedLoginDurationInMilliseconds);
            var wait = TimeSpan.FromMilliseconds(minimum) - watch.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        return result;
    }

    private async Task<UserOperationResult> CheckCredentialsAsync(string email, string password, CancellationToken cancellationToken)
    {
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var user = await users.GetByEmailAsync(scope.Connection, email, scope.Transaction).ConfigureAwait(false);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new BackofficeUser { Key = Guid.Empty, Name = "", Email = "" }, _dummyHash.Value, password);
            return UserOperationResult.Fail(UserOperationStatus.InvalidCredentials);
        }

        var now = UtcNow;
        if (user.IsLockedOut(now))
        {
            return UserOperationResult.Fail(UserOperationStatus.LockedOut);
        }

        var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verification == PasswordVerificationResult.Failed)
        {
            var failed = user.FailedAttempts + 1;
            var max = policy.Settings.MaxFailedAccessAttemptsBeforeLockout;
            var updated = failed >= max
                ? user with { FailedAttempts = 0, LockedUntil = now.AddMinutes(security.Value.UserDefaultLockoutTimeInMinutes), LastLockoutDate = now }
                : user with { FailedAttempts = failed };
            await users.UpdateLoginStateAsync(scope.Connection, updated, scope.Transaction).ConfigureAwait(false);
            scope.Complete();
            return UserOperationResult.Fail(failed >= max ? UserOperationStatus.LockedOut : UserOperationStatus.InvalidCredentials);
        }

        if (user.Disabled)
        {
            return UserOperationResult.Fail(UserOperationStatus.Disabled);
        }

        var signedIn = user with
        {
            FailedAttempts = 0,
            LockedUntil = null,
            LastLoginDate = now,
            PasswordHash = verification == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password) : user.PasswordHash,
        };
        await users.UpdateLoginStateAsync(scope.Connection, signedIn, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return UserOperationResult.Ok(signedIn);
    }

    /// <summary>A user by id (with groups), or null.</summary>
    public async Task<BackofficeUser?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await users.GetByIdAsync(connection, id).ConfigureAwait(false);
    }

    /// <summary>A user by key (with groups), or null.</summary>
    public async Task<BackofficeUser?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await users.GetByKeyAsync(connection, key).ConfigureAwait(false);
    }

    /// <summary>Every user.</summary>
    public async Task<IReadOnlyList<BackofficeUser>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await users.GetAllAsync(connection).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates a user in the given groups, as <paramref name="performer"/> (see <see cref="UserEditorAuthorization"/>
    /// for who may assign which groups and start nodes).
    /// </summary>
    public async Task<UserOperationResult> CreateAsync(
        CurrentUser performer, string name, string email, string password, IReadOnlyList<Guid> groupKeys, Guid? startContentKey,
        CancellationToken cancellationToken = default)
    {
        var problem = CheckIdentity(name, email) ?? CheckPassword(password, name, email)
            ?? await CheckStartNodeAsync(performer, startContentKey, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        if (await users.GetByEmailAsync(scope.Connection, email, scope.Transaction).ConfigureAwait(false) is not null)
        {
            return UserOperationResult.Fail(UserOperationStatus.DuplicateEmail, $"A user with the e-mail '{email}' already exists.");
        }

        var (resolved, missing) = await ResolveGroupsAsync(scope, groupKeys).ConfigureAwait(false);
        if (missing is not null)
        {
            return missing;
        }

        if (UserEditorAuthorization.DenyAssigningGroups(performer, null, resolved) is { } denied)
        {
            return UserOperationResult.Fail(UserOperationStatus.Unauthorized, denied);
        }

        var saved = await users.InsertAsync(scope.Connection, NewUser(name, email, password, resolved, startContentKey), scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return UserOperationResult.Ok(saved);
    }

    /// <summary>
    /// Updates name, e-mail, groups and start node, as <paramref name="performer"/>. The user's rights are re-read on
    /// every request, so a change applies to their open sessions at once.
    /// </summary>
    public async Task<UserOperationResult> UpdateAsync(
        CurrentUser performer, Guid key, string name, string email, IReadOnlyList<Guid> groupKeys, Guid? startContentKey,
        CancellationToken cancellationToken = default)
    {
        var problem = CheckIdentity(name, email);
        if (problem is not null)
        {
            return problem;
        }

        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var user = await users.GetByKeyAsync(scope.Connection, key, scope.Transaction).ConfigureAwait(false);
        if (user is null)
        {
            return UserOperationResult.Fail(UserOperationStatus.NotFound);
        }

        if (UserEditorAuthorization.DenyTouchingUser(performer, user) is { } deniedUser)
        {
            return UserOperationResult.Fail(UserOperationStatus.Unauthorized, deniedUser);
        }

        if (startContentKey != user.StartContentKey
            && await CheckStartNodeAsync(performer, startContentKey, cancellationToken).ConfigureAwait(false) is { } startProblem)
        {
            return startProblem;
        }

        var other = await users.GetByEmailAsync(scope.Connection, email, scope.Transaction).ConfigureAwait(false);
        if (other is not null && other.Id != user.Id)
        {
            return UserOperationResult.Fail(UserOperationStatus.DuplicateEmail, $"A user with the e-mail '{email}' already exists.");
        }

        var (resolved, missing) = await ResolveGroupsAsync(scope, groupKeys).ConfigureAwait(false);
        if (missing is not null)
        {
            return missing;
        }

        if (UserEditorAuthorization.DenyAssigningGroups(performer, user, resolved) is { } deniedGroups)
        {
            return UserOperationResult.Fail(UserOperationStatus.Unauthorized, deniedGroups);
        }

        var updated = user with { Name = name.Trim(), Email = email.Trim(), Groups = resolved, StartContentKey = startContentKey, UpdateDate = UtcNow };
        await users.UpdateAsync(scope.Connection, updated, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return UserOperationResult.Ok(updated);
    }

    /// <summary>True when <paramref name="password"/> is the user's current password (asked again before they change it).</summary>
    public bool IsCurrentPassword(BackofficeUser user, string? password) =>
        !string.IsNullOrEmpty(password) && hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>
    /// Sets a new password (policy checked) as <paramref name="performer"/>; ends the user's other sessions. Only an
    /// administrator may set an administrator's password.
    /// </summary>
    public async Task<UserOperationResult> ChangePasswordAsync(CurrentUser performer, Guid key, string newPassword, CancellationToken cancellationToken = default)
    {
        var target = await GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (target is not null && CheckPassword(newPassword, target.Name, target.Email) is { } problem)
        {
            return problem;
        }

        return await ModifyAsync(performer, key, u => u with
            {
                PasswordHash = hasher.HashPassword(u, newPassword),
                LastPasswordChangeDate = UtcNow,
                SecurityStamp = NewStamp(),
            }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lifts a lockout.</summary>
    public Task<UserOperationResult> UnlockAsync(CurrentUser performer, Guid key, CancellationToken cancellationToken = default) =>
        ModifyAsync(performer, key, u => u with { LockedUntil = null, FailedAttempts = 0 }, cancellationToken);

    /// <summary>Disables or enables a user; disabling ends their sessions at once.</summary>
    public Task<UserOperationResult> SetDisabledAsync(CurrentUser performer, Guid key, bool disabled, CancellationToken cancellationToken = default) =>
        ModifyAsync(performer, key, u => u with { Disabled = disabled, SecurityStamp = NewStamp() }, cancellationToken);

    /// <summary>Deletes a user.</summary>
    public async Task<UserOperationResult> DeleteAsync(CurrentUser performer, Guid key, CancellationToken cancellationToken = default)
    {
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var user = await users.GetByKeyAsync(scope.Connection, key, scope.Transaction).ConfigureAwait(false);
        if (user is null)
        {
            return UserOperationResult.Fail(UserOperationStatus.NotFound);
        }

        if (UserEditorAuthorization.DenyTouchingUser(performer, user) is { } denied)
        {
            return UserOperationResult.Fail(UserOperationStatus.Unauthorized, denied);
        }

        await users.DeleteAsync(scope.Connection, user.Id, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return UserOperationResult.Ok(user);
    }

    private async Task<UserOperationResult> ModifyAsync(CurrentUser performer, Guid key, Func<BackofficeUser, BackofficeUser> change, CancellationToken cancellationToken)
    {
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var user = await users.GetByKeyAsync(scope.Connection, key, scope.Transaction).ConfigureAwait(false);
        if (user is null)
        {
            return UserOperationResult.Fail(UserOperationStatus.NotFound);
        }

        if (UserEditorAuthorization.DenyTouchingUser(performer, user) is { } denied)
        {
            return UserOperationResult.Fail(UserOperationStatus.Unauthorized, denied);
        }

        var updated = change(user) with { UpdateDate = UtcNow };
        await users.UpdateAsync(scope.Connection, updated, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return UserOperationResult.Ok(updated);
    }

    private async Task<(IReadOnlyList<UserGroup> Groups, UserOperationResult? Missing)> ResolveGroupsAsync(DatabaseScope scope, IReadOnlyList<Guid> keys)
    {
        var result = new List<UserGroup>();
        foreach (var key in keys.Distinct())
        {
            var group = await groups.GetByKeyAsync(scope.Connection, key, scope.Transaction).ConfigureAwait(false);
            if (group is null)
            {
                return ([], UserOperationResult.Fail(UserOperationStatus.GroupNotFound, $"No user group {key}."));
            }

            result.Add(group);
        }

        return (result, null);
    }

    /// <summary>
    /// Null when <paramref name="startContentKey"/> exists (not in the recycle bin) and <paramref name="performer"/>
    /// may give it; null = the whole tree.
    /// </summary>
    private async Task<UserOperationResult?> CheckStartNodeAsync(CurrentUser performer, Guid? startContentKey, CancellationToken cancellationToken)
    {
        var node = startContentKey is { } key ? await documents.GetAsync(key, cancellationToken).ConfigureAwait(false) : null;
        if (startContentKey is not null && (node is null || node.Trashed))
        {
            return UserOperationResult.Fail(UserOperationStatus.StartNodeNotFound, $"No document {startContentKey} to use as a start node.");
        }

        var inside = node is not null && await documentAccess.IsInStartNodesAsync(performer, node, cancellationToken).ConfigureAwait(false);
        return UserEditorAuthorization.DenyStartNode(performer, startContentKey, inside) is { } denied
            ? UserOperationResult.Fail(UserOperationStatus.Unauthorized, denied)
            : null;
    }

    private BackofficeUser NewUser(string name, string email, string password, IReadOnlyList<UserGroup> userGroups, Guid? startContentKey)
    {
        var now = UtcNow;
        var user = new BackofficeUser
        {
            Key = Guid.NewGuid(),
            Name = name.Trim(),
            Email = email.Trim(),
            Groups = userGroups,
            StartContentKey = startContentKey,
            CreateDate = now,
            UpdateDate = now,
            LastPasswordChangeDate = now,
            SecurityStamp = NewStamp(),
        };
        return user with { PasswordHash = hasher.HashPassword(user, password) };
    }

    private UserOperationResult? CheckPassword(string? password, params string?[] userInputs) =>
        policy.Check(password, userInputs) is { Count: > 0 } problems ? UserOperationResult.Fail(UserOperationStatus.InvalidPassword, [.. problems]) : null;

    private static UserOperationResult? CheckIdentity(string? name, string? email)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return UserOperationResult.Fail(UserOperationStatus.InvalidName, "A name is required.");
        }

        return string.IsNullOrWhiteSpace(email) || !MailAddress.TryCreate(email.Trim(), out _)
            ? UserOperationResult.Fail(UserOperationStatus.InvalidEmail, "A valid e-mail address is required.")
            : null;
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
