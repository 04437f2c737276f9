namespace CareerCms.Web.Content.Services;

/// <summary>How a content operation ended; one place (ContentProblemMapper) turns each into a ProblemDetails.</summary>
public enum ContentOperationStatus
{
    Success,
    NotFound,
    ParentNotFound,
    ContentTypeNotFound,
    ContentTypeNotAllowed,
    InvalidName,
    ValidationFailed,
    CancelledByNotification,
    PathNotPublished,
    ConcurrencyConflict,
    InvalidMove,
    InRecycleBin,
    NotInRecycleBin,
    VersionNotFound,
    DuplicateKey,
    InvalidSort,
}
