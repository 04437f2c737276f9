namespace CareerCms.Web.Backoffice.Users;

/// <summary>A backoffice user: identity, password hash, lockout state, groups and an optional own start node.</summary>
public sealed record BackofficeUser
{
    /// <summary>Integer id; the user id written to versions and the audit trail.</summary>
    public int Id { get; init; }

    /// <summary>Stable key, used by the Management API.</summary>
    public required Guid Key { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>E-mail address; also the user name (Umbraco's UsernameIsEmail default).</summary>
    public required string Email { get; init; }

    /// <summary>ASP.NET Core Identity's PasswordHasher output (PBKDF2, V3 format).</summary>
    public string PasswordHash { get; init; } = "";

    /// <summary>Changes whenever credentials or access change; a session with an older stamp ends.</summary>
    public string SecurityStamp { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>Cannot log in.</summary>
    public bool Disabled { get; init; }

    /// <summary>Consecutive failed logins since the last success or lockout.</summary>
    public int FailedAttempts { get; init; }

    /// <summary>Locked out until this time (UTC), when set and in the future.</summary>
    public DateTime? LockedUntil { get; init; }

    /// <summary>When the user was last locked out.</summary>
    public DateTime? LastLockoutDate { get; init; }

    /// <summary>Last successful login.</summary>
    public DateTime? LastLoginDate { get; init; }

    /// <summary>Last password change.</summary>
    public DateTime? LastPasswordChangeDate { get; init; }

    /// <summary>The user's own document start node (null = only the groups' start nodes apply).</summary>
    public Guid? StartContentKey { get; init; }

    /// <summary>Created (UTC).</summary>
    public DateTime CreateDate { get; init; }

    /// <summary>Last change (UTC).</summary>
    public DateTime UpdateDate { get; init; }

    /// <summary>The groups the user belongs to.</summary>
    public IReadOnlyList<UserGroup> Groups { get; init; } = [];

    /// <summary>True when locked out at <paramref name="utcNow"/>.</summary>
    public bool IsLockedOut(DateTime utcNow) => LockedUntil is { } until && until > utcNow;
}
