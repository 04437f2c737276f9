namespace CareerCms.Web.Backoffice.Users;

/// <summary>How a user or user-group operation ended; ManagementProblems maps each to a ProblemDetails.</summary>
public enum UserOperationStatus
{
    Success,
    NotFound,
    InvalidCredentials,
    LockedOut,
    Disabled,
    DuplicateEmail,
    DuplicateAlias,
    InvalidEmail,
    InvalidName,
    InvalidPassword,
    GroupNotFound,
    StartNodeNotFound,
    CannotChangeSelf,
    SystemGroup,
    AlreadyInstalled,

    /// <summary>The performing user may not do this (e.g. a non-administrator touching an administrator).</summary>
    Unauthorized,
}

/// <summary>The outcome of a user operation.</summary>
public sealed record UserOperationResult(UserOperationStatus Status, BackofficeUser? User = null, IReadOnlyList<string>? Messages = null)
{
    /// <summary>True when applied.</summary>
    public bool Succeeded => Status == UserOperationStatus.Success;

    /// <summary>A success.</summary>
    public static UserOperationResult Ok(BackofficeUser user) => new(UserOperationStatus.Success, user);

    /// <summary>A failure.</summary>
    public static UserOperationResult Fail(UserOperationStatus status, params string[] messages) => new(status, null, messages);
}
