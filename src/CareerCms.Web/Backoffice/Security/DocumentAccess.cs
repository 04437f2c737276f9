using CareerCms.Web.Backoffice.Content;
using CareerCms.Web.Backoffice.Management;

namespace CareerCms.Web.Backoffice.Security;

/// <summary>
/// Server-side permission checks for documents: the Content section, the verb (union of the user's groups) and the
/// start nodes (a node is reachable when its path passes through one of them; trashed nodes and the root only with
/// root access). Every document endpoint asks here before calling the content engine.
/// </summary>
public sealed class DocumentAccess(DocumentTreeReader reader)
{
    /// <summary>Null when the user may do <paramref name="verb"/> on the node; otherwise the 403 to return.</summary>
    public async Task<IResult?> DenyAsync(CurrentUser user, string verb, TreeNode node, CancellationToken cancellationToken = default)
    {
        if (Missing(user, verb) is { } missing)
        {
            return missing;
        }

        return await IsInStartNodesAsync(user, node, cancellationToken).ConfigureAwait(false)
            ? null
            : ManagementProblems.Forbidden($"'{node.Name}' is outside your start nodes.");
    }

    /// <summary>
    /// Null when the user may do <paramref name="verb"/> below <paramref name="parent"/> (null = at the root, which
    /// needs root access).
    /// </summary>
    public async Task<IResult?> DenyBelowAsync(CurrentUser user, string verb, TreeNode? parent, CancellationToken cancellationToken = default)
    {
        if (parent is not null)
        {
            return await DenyAsync(user, verb, parent, cancellationToken).ConfigureAwait(false);
        }

        return Missing(user, verb) ?? (user.HasRootAccess ? null : ManagementProblems.Forbidden("You have no access to the root of the content tree."));
    }

    /// <summary>Null when the user may use the recycle bin with <paramref name="verb"/>.</summary>
    public IResult? DenyRecycleBin(CurrentUser user, string verb) =>
        Missing(user, verb) ?? (user.HasRootAccess ? null : ManagementProblems.Forbidden("Only users with access to the whole tree can use the recycle bin."));

    /// <summary>True when the node lies in (or is) one of the user's start nodes.</summary>
    public async Task<bool> IsInStartNodesAsync(CurrentUser user, TreeNode node, CancellationToken cancellationToken = default)
    {
        if (user.HasRootAccess)
        {
            return true;
        }

        if (node.Trashed)
        {
            return false;
        }

        var startIds = await StartNodeIdsAsync(user, cancellationToken).ConfigureAwait(false);
        return node.PathIds.Any(startIds.Contains);
    }

    /// <summary>The start nodes of a user without root access.</summary>
    public async Task<IReadOnlyList<TreeNode>> StartNodesAsync(CurrentUser user, CancellationToken cancellationToken = default) =>
        (await reader.GetByKeysAsync(user.StartContentKeys, cancellationToken).ConfigureAwait(false)).Where(n => !n.Trashed).ToArray();

    private async Task<HashSet<int>> StartNodeIdsAsync(CurrentUser user, CancellationToken cancellationToken) =>
        (await StartNodesAsync(user, cancellationToken).ConfigureAwait(false)).Select(n => n.Id).ToHashSet();

    private static IResult? Missing(CurrentUser user, string verb)
    {
        if (!user.Sections.Contains(BackofficePermissions.ContentSection))
        {
            return ManagementProblems.Forbidden("You have no access to the Content section.");
        }

        return user.Can(verb) ? null : ManagementProblems.Forbidden($"You do not have the '{verb}' permission.");
    }
}
