using CareerCms.Web.Backoffice.Content;
using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Persistence;

namespace CareerCms.Web.Backoffice.Users;

/// <summary>Creates, updates and deletes user groups (the built-in Administrators group cannot be deleted).</summary>
public sealed class UserGroupService(
    DatabaseScopeProvider scopes, UserGroupRepository groups, DocumentTreeReader documents, DocumentAccess documentAccess, TimeProvider clock)
{
    /// <summary>Every group.</summary>
    public async Task<IReadOnlyList<UserGroup>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await groups.GetAllAsync(connection).ConfigureAwait(false);
    }

    /// <summary>A group by key.</summary>
    public async Task<UserGroup?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await groups.GetByKeyAsync(connection, key).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates or updates a group by key as <paramref name="performer"/>; unknown sections and verbs, a start node that
    /// does not exist, and what <see cref="UserEditorAuthorization"/> forbids are refused.
    /// </summary>
    public async Task<(UserOperationStatus Status, UserGroup? Group, string? Message)> SaveAsync(
        CurrentUser performer, UserGroup group, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(group.Name) || string.IsNullOrWhiteSpace(group.Alias))
        {
            return (UserOperationStatus.InvalidName, null, "A name and an alias are required.");
        }

        var unknown = group.Permissions.Where(p => !BackofficePermissions.DocumentVerbs.Contains(p))
            .Concat(group.Sections.Where(s => !BackofficePermissions.Sections.Contains(s))).ToArray();
        if (unknown.Length > 0)
        {
            return (UserOperationStatus.InvalidName, null, $"Unknown sections or permissions: {string.Join(", ", unknown)}.");
        }

        var startNode = group.StartContentKey is { } startKey ? await documents.GetAsync(startKey, cancellationToken).ConfigureAwait(false) : null;
        if (group.StartContentKey is not null && (startNode is null || startNode.Trashed))
        {
            return (UserOperationStatus.StartNodeNotFound, null, $"No document {group.StartContentKey} to use as a start node.");
        }

        var startInside = startNode is not null && await documentAccess.IsInStartNodesAsync(performer, startNode, cancellationToken).ConfigureAwait(false);
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var sameAlias = await groups.GetByAliasAsync(scope.Connection, group.Alias, scope.Transaction).ConfigureAwait(false);
        if (sameAlias is not null && sameAlias.Key != group.Key)
        {
            return (UserOperationStatus.DuplicateAlias, null, $"A group with the alias '{group.Alias}' already exists.");
        }

        var existing = await groups.GetByKeyAsync(scope.Connection, group.Key, scope.Transaction).ConfigureAwait(false);
        var denied = UserEditorAuthorization.DenySavingGroup(performer, existing, group)
            ?? (existing?.StartContentKey == group.StartContentKey && existing is not null
                ? null
                : UserEditorAuthorization.DenyGroupStartNode(performer, group.StartContentKey, startInside));
        if (denied is not null)
        {
            return (UserOperationStatus.Unauthorized, null, denied);
        }

        var toSave = existing is { IsSystem: true } ? group with { Alias = existing.Alias, IsSystem = true } : group with { IsSystem = false };
        var saved = await groups.SaveAsync(scope.Connection, toSave, clock.GetUtcNow().UtcDateTime, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return (UserOperationStatus.Success, saved, null);
    }

    /// <summary>Deletes a group as <paramref name="performer"/>.</summary>
    public async Task<(UserOperationStatus Status, string? Message)> DeleteAsync(CurrentUser performer, Guid key, CancellationToken cancellationToken = default)
    {
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        var group = await groups.GetByKeyAsync(scope.Connection, key, scope.Transaction).ConfigureAwait(false);
        if (group is null)
        {
            return (UserOperationStatus.NotFound, null);
        }

        if (group.IsSystem)
        {
            return (UserOperationStatus.SystemGroup, null);
        }

        if (UserEditorAuthorization.DenyDeletingGroup(performer, group) is { } denied)
        {
            return (UserOperationStatus.Unauthorized, denied);
        }

        await groups.DeleteAsync(scope.Connection, group.Id, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return (UserOperationStatus.Success, null);
    }
}
