using CareerCms.Web.Backoffice.Users;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Scheduling;
using CareerCms.Web.Content.Services;
using ContentPublishingOperationStatus = Umbraco.Cms.Core.Services.OperationStatus.ContentPublishingOperationStatus;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>
/// The one place every Management API failure becomes a ProblemDetails (RFC 9457): each content and user operation
/// status maps to a status code, a title and a detail, plus Umbraco's <c>operationStatus</c> extension. Validation
/// failures carry <c>errors</c> keyed by property alias (block values as <c>alias[i].inner</c>); a concurrency
/// conflict carries the current draft version so the UI can show the other change.
/// </summary>
public static class ManagementProblems
{
    /// <summary>The result for a failed content operation.</summary>
    public static IResult FromContent(ContentOperationResult result, IDictionary<string, object?>? extensions = null)
    {
        var (status, title) = result.Status switch
        {
            ContentOperationStatus.NotFound => (404, "The document was not found"),
            ContentOperationStatus.ParentNotFound => (404, "The parent was not found"),
            ContentOperationStatus.ContentTypeNotFound => (400, "The document type was not found"),
            ContentOperationStatus.ContentTypeNotAllowed => (400, "The document type is not allowed here"),
            ContentOperationStatus.InvalidName => (400, "Invalid name"),
            ContentOperationStatus.ValidationFailed => (400, "Validation failed"),
            ContentOperationStatus.CancelledByNotification => (400, "The operation was cancelled"),
            ContentOperationStatus.PathNotPublished => (400, "The parent is not published"),
            ContentOperationStatus.ConcurrencyConflict => (409, "Someone else saved this document"),
            ContentOperationStatus.InvalidMove => (400, "Invalid move"),
            ContentOperationStatus.InRecycleBin => (400, "The document is in the recycle bin"),
            ContentOperationStatus.NotInRecycleBin => (400, "The document is not in the recycle bin"),
            ContentOperationStatus.VersionNotFound => (404, "The version was not found"),
            ContentOperationStatus.DuplicateKey => (409, "A document with this id already exists"),
            ContentOperationStatus.InvalidSort => (400, "Invalid sort order"),
            _ => (500, "The operation failed"),
        };
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>())
        {
            ["operationStatus"] = result.Status.ToString(),
        };
        if (result.ValidationErrors is { Count: > 0 } errors)
        {
            all["errors"] = Errors(errors);
        }

        var detail = result.Messages is { Count: > 0 } messages ? string.Join(" ", messages) : null;
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: all);
    }

    /// <summary>
    /// 400 for a schedule that cannot be stored, with Core's publishing status as <c>operationStatus</c> (e.g.
    /// <c>PublishTimeNeedsToBeInFuture</c>) and <c>errors</c> keyed by the request field (<c>publishTime</c>,
    /// <c>unpublishTime</c>); 404 when the document is gone.
    /// </summary>
    public static IResult FromSchedule(ContentScheduleResult result, string? detail = null)
    {
        var (status, title) = result.Status switch
        {
            ContentPublishingOperationStatus.ContentNotFound => (404, "The document was not found"),
            ContentPublishingOperationStatus.InTrash => (400, "The document is in the recycle bin"),
            ContentPublishingOperationStatus.InvalidCulture => (400, "Invalid culture"),
            _ => (400, "The schedule is not valid"),
        };
        var extensions = new Dictionary<string, object?> { ["operationStatus"] = result.Status.ToString() };
        if (result.Errors.Count > 0)
        {
            extensions["errors"] = Errors(result.Errors);
        }

        detail ??= result.Errors.Count > 0 ? string.Join(" ", result.Errors.Select(e => e.Message).Distinct()) : null;
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }

    /// <summary>
    /// A failed schema edit: 404; 400 with <c>errors</c> keyed by request field (e.g. <c>properties[2].alias</c>) and the
    /// first problem's Umbraco status as <c>operationStatus</c>; 409 <c>PropertyHasValues</c> with
    /// <c>propertiesWithValues</c> (alias, name, documents) when removing properties would delete values.
    /// </summary>
    public static IResult FromSchema(Schema.SchemaEditResult result, string what)
    {
        switch (result.Status)
        {
            case Schema.SchemaEditStatus.NotFound:
                return NotFound($"The {what} was not found");
            case Schema.SchemaEditStatus.ValuesWouldBeLost:
                return TypedResults.Problem(
                    detail: "Removing " + string.Join(", ", result.ValuesAtRisk.Select(p => $"'{p.Name}' ({p.Documents} document(s))")) +
                        " deletes its values from those documents. Send the request again with confirmDataLoss=true to go ahead.",
                    statusCode: 409,
                    title: "Removing properties deletes values",
                    extensions: new Dictionary<string, object?>
                    {
                        ["operationStatus"] = "PropertyHasValues",
                        ["propertiesWithValues"] = result.ValuesAtRisk.Select(p => new { alias = p.Alias, name = p.Name, documents = p.Documents }).ToArray(),
                    });
            case Schema.SchemaEditStatus.CancelledByNotification:
                return TypedResults.Problem(
                    detail: string.Join(" ", result.Messages), statusCode: 400, title: "The operation was cancelled",
                    extensions: new Dictionary<string, object?> { ["operationStatus"] = "CancelledByNotification" });
            default:
                var fields = result.Errors.Where(e => e.Field.Length > 0)
                    .GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
                return TypedResults.Problem(
                    detail: string.Join(" ", result.Errors.Select(e => e.Message).Distinct()),
                    statusCode: 400,
                    title: $"The {what} is not valid",
                    extensions: new Dictionary<string, object?>
                    {
                        ["operationStatus"] = result.Errors.FirstOrDefault()?.OperationStatus ?? "Unknown",
                        ["errors"] = fields,
                    });
        }
    }

    /// <summary>400 with errors per property alias, before the engine ran (e.g. the careers domain rules).</summary>
    public static IResult ValidationFailed(IReadOnlyList<PropertyValidationError> errors) =>
        FromContent(new ContentOperationResult(ContentOperationStatus.ValidationFailed, ValidationErrors: errors));

    /// <summary>The result for a failed user or user-group operation.</summary>
    public static IResult FromUser(UserOperationStatus status, IReadOnlyList<string>? messages = null)
    {
        var (code, title) = status switch
        {
            UserOperationStatus.NotFound => (404, "The user was not found"),
            UserOperationStatus.InvalidCredentials or UserOperationStatus.LockedOut or UserOperationStatus.Disabled =>
                // One answer for all three so a caller cannot tell which accounts exist or are locked.
                (401, "Login failed"),
            UserOperationStatus.DuplicateEmail => (400, "The e-mail is already in use"),
            UserOperationStatus.DuplicateAlias => (400, "The alias is already in use"),
            UserOperationStatus.InvalidEmail => (400, "Invalid e-mail"),
            UserOperationStatus.InvalidName => (400, "Invalid name"),
            UserOperationStatus.InvalidPassword => (400, "The password does not meet the policy"),
            UserOperationStatus.GroupNotFound => (400, "The user group was not found"),
            UserOperationStatus.StartNodeNotFound => (400, "The start node was not found"),
            UserOperationStatus.CannotChangeSelf => (400, "You cannot do this to your own account"),
            UserOperationStatus.SystemGroup => (400, "The group is built in"),
            UserOperationStatus.AlreadyInstalled => (400, "The site is already installed"),
            UserOperationStatus.Unauthorized => (403, "Access denied"),
            _ => (500, "The operation failed"),
        };
        var detail = code == 401
            ? "The e-mail or password is wrong, or the account is locked or disabled."
            : messages is { Count: > 0 } ? string.Join(" ", messages) : null;
        return TypedResults.Problem(
            detail: detail,
            statusCode: code,
            title: title,
            extensions: new Dictionary<string, object?> { ["operationStatus"] = code == 401 ? "InvalidCredentials" : status.ToString() });
    }

    /// <summary>403: the user lacks a permission, a section or a start node.</summary>
    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: 403, title: "Access denied", extensions: new Dictionary<string, object?> { ["operationStatus"] = "Unauthorized" });

    /// <summary>429: too many wrong passwords from this client; <c>Retry-After</c> says when to try again.</summary>
    public static IResult TooManyAttempts(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            detail: "Too many wrong passwords were sent from your address. Wait before trying again.",
            statusCode: 429,
            title: "Too many attempts",
            extensions: new Dictionary<string, object?> { ["operationStatus"] = "TooManyAttempts" });
    }

    /// <summary>404 for a resource the engine did not look up (versions, types, groups).</summary>
    public static IResult NotFound(string title) =>
        TypedResults.Problem(statusCode: 404, title: title, extensions: new Dictionary<string, object?> { ["operationStatus"] = "NotFound" });

    /// <summary>400 for a malformed request.</summary>
    public static IResult BadRequest(string title, string? detail = null) =>
        TypedResults.Problem(detail: detail, statusCode: 400, title: title, extensions: new Dictionary<string, object?> { ["operationStatus"] = "InvalidRequest" });

    /// <summary>400: a state-changing request without a valid antiforgery token.</summary>
    public static IResult AntiforgeryFailed() =>
        TypedResults.Problem(
            detail: $"Send the token from the {Security.BackofficeAntiforgery.TokenCookieName} cookie in the {Security.BackofficeAntiforgery.HeaderName} header.",
            statusCode: 400,
            title: "Missing or invalid antiforgery token",
            extensions: new Dictionary<string, object?> { ["operationStatus"] = "AntiforgeryFailed" });

    private static Dictionary<string, string[]> Errors(IEnumerable<PropertyValidationError> errors) =>
        errors.GroupBy(e => e.Alias, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
}
