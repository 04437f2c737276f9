using CareerCms.Web.Backoffice.Users;

namespace CareerCms.Web.Backoffice.Security;

/// <summary>
/// The signed-in backoffice user of this request, loaded fresh from the database by the cookie validation: a
/// user's rights are the union of their groups' sections and verbs; start nodes are the user's own plus the groups'.
/// Endpoints take it as a parameter (minimal API <c>BindAsync</c>).
/// </summary>
public sealed class CurrentUser
{
    private static readonly object ItemKey = new();

    /// <summary>Wraps a loaded user.</summary>
    public CurrentUser(BackofficeUser user)
    {
        User = user;
        Sections = user.Groups.SelectMany(g => g.Sections).ToHashSet(StringComparer.Ordinal);
        Permissions = user.Groups.SelectMany(g => g.Permissions).ToHashSet(StringComparer.Ordinal);
        IsAdmin = user.Groups.Any(g => g.Alias == Umbraco.Cms.Core.Constants.Security.AdminGroupAlias);
        var starts = user.Groups.Select(g => g.StartContentKey).Append(user.StartContentKey).OfType<Guid>().Distinct().ToArray();
        // Root access when a group grants it and the user has no start node of their own (Umbraco's rule of thumb).
        HasRootAccess = IsAdmin || (user.StartContentKey is null && user.Groups.Any(g => g.StartContentKey is null));
        StartContentKeys = HasRootAccess ? [] : starts;
    }

    /// <summary>The user.</summary>
    public BackofficeUser User { get; }

    /// <summary>The user id written to versions and the audit trail.</summary>
    public int Id => User.Id;

    /// <summary>Member of Administrators.</summary>
    public bool IsAdmin { get; }

    /// <summary>Sections the user may open.</summary>
    public IReadOnlySet<string> Sections { get; }

    /// <summary>Document verbs the user has.</summary>
    public IReadOnlySet<string> Permissions { get; }

    /// <summary>May see and change the whole tree (and the recycle bin).</summary>
    public bool HasRootAccess { get; }

    /// <summary>The document start nodes when <see cref="HasRootAccess"/> is false.</summary>
    public IReadOnlyList<Guid> StartContentKeys { get; }

    /// <summary>True when the user has the verb.</summary>
    public bool Can(string verb) => Permissions.Contains(verb);

    /// <summary>Stores the user on the request.</summary>
    public static void Set(HttpContext context, CurrentUser user) => context.Items[ItemKey] = user;

    /// <summary>The user of the request, or null when anonymous.</summary>
    public static CurrentUser? Get(HttpContext context) => context.Items.TryGetValue(ItemKey, out var value) ? value as CurrentUser : null;

    /// <summary>Minimal API binding; endpoints taking a CurrentUser are only mapped behind authorization.</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) => ValueTask.FromResult(Get(context));
}
