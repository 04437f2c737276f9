using CareerCms.Web.Backoffice.Security;
using AdminGroup = Umbraco.Cms.Core.Constants.Security;

namespace CareerCms.Web.Backoffice.Users;

/// <summary>
/// Umbraco's rules for one backoffice user editing another user or a user group. Every rule answers null when
/// allowed, or the reason it is not. Administrators may do everything. Everyone else (with the Users section):
/// <list type="bullet">
/// <item>may not touch an administrator's account: details, groups, password, lock state, enabled state, deletion;</item>
/// <item>may not assign the Administrators group, and may only add groups they are a member of themselves;</item>
/// <item>may only give start nodes inside their own start nodes;</item>
/// <item>may only create or change groups they are a member of, never the Administrators group, and only with
/// sections they have themselves.</item>
/// </list>
/// </summary>
public static class UserEditorAuthorization
{
    /// <summary>Null when <paramref name="performer"/> may change <paramref name="target"/>'s account.</summary>
    public static string? DenyTouchingUser(CurrentUser performer, BackofficeUser target) =>
        !performer.IsAdmin && IsAdmin(target)
            ? "Only an administrator may change an administrator's account."
            : null;

    /// <summary>
    /// Null when <paramref name="performer"/> may give <paramref name="target"/> (null when it is being created) the
    /// groups <paramref name="groups"/>. Groups the target already has are not re-checked.
    /// </summary>
    public static string? DenyAssigningGroups(CurrentUser performer, BackofficeUser? target, IEnumerable<UserGroup> groups)
    {
        if (performer.IsAdmin)
        {
            return null;
        }

        var existing = (target?.Groups ?? []).Select(g => g.Key).ToHashSet();
        var added = groups.Where(g => !existing.Contains(g.Key)).ToArray();
        if (added.Any(g => g.Alias == AdminGroup.AdminGroupAlias))
        {
            return "Only an administrator may assign the Administrators group.";
        }

        var own = performer.User.Groups.Select(g => g.Key).ToHashSet();
        var foreign = added.Where(g => !own.Contains(g.Key)).Select(g => g.Name).ToArray();
        return foreign.Length > 0
            ? $"You can only assign groups you are a member of yourself (not: {string.Join(", ", foreign)})."
            : null;
    }

    /// <summary>
    /// Null when <paramref name="performer"/> may set a user's own start node <paramref name="startNode"/> (null = none
    /// of its own, so only its groups' start nodes apply). <paramref name="isInPerformersStartNodes"/> tells whether the
    /// node lies inside the performer's own start nodes.
    /// </summary>
    public static string? DenyStartNode(CurrentUser performer, Guid? startNode, bool isInPerformersStartNodes) =>
        performer.HasRootAccess || startNode is null || isInPerformersStartNodes
            ? null
            : "You can only give start nodes inside your own start nodes.";

    /// <summary>
    /// Null when <paramref name="performer"/> may give a group the start node <paramref name="startNode"/> (null = the
    /// whole tree).
    /// </summary>
    public static string? DenyGroupStartNode(CurrentUser performer, Guid? startNode, bool isInPerformersStartNodes) =>
        performer.HasRootAccess || (startNode is not null && isInPerformersStartNodes)
            ? null
            : startNode is null
                ? "You cannot give access to the whole content tree: you do not have it yourself."
                : "You can only give start nodes inside your own start nodes.";

    /// <summary>
    /// Null when <paramref name="performer"/> may save <paramref name="group"/> over <paramref name="existing"/>
    /// (null = a new group).
    /// </summary>
    public static string? DenySavingGroup(CurrentUser performer, UserGroup? existing, UserGroup group)
    {
        if (performer.IsAdmin)
        {
            return null;
        }

        if (existing?.Alias == AdminGroup.AdminGroupAlias || group.Alias == AdminGroup.AdminGroupAlias)
        {
            return "Only an administrator may change the Administrators group.";
        }

        if (existing is not null && !performer.User.Groups.Any(g => g.Key == existing.Key))
        {
            return "You can only change groups you are a member of yourself.";
        }

        var addedSections = group.Sections.Except(existing?.Sections ?? new HashSet<string>()).Where(s => !performer.Sections.Contains(s)).ToArray();
        return addedSections.Length > 0
            ? $"You cannot grant sections you do not have yourself: {string.Join(", ", addedSections)}."
            : null;
    }

    /// <summary>Null when <paramref name="performer"/> may delete <paramref name="group"/>.</summary>
    public static string? DenyDeletingGroup(CurrentUser performer, UserGroup group) =>
        performer.IsAdmin || performer.User.Groups.Any(g => g.Key == group.Key)
            ? null
            : "You can only delete groups you are a member of yourself.";

    /// <summary>True when the user is a member of the Administrators group.</summary>
    public static bool IsAdmin(BackofficeUser user) => user.Groups.Any(g => g.Alias == AdminGroup.AdminGroupAlias);
}
