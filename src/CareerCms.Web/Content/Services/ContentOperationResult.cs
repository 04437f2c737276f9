using CareerCms.Web.Content.Documents;
using CareerCms.Web.Content.Editors;

namespace CareerCms.Web.Content.Services;

/// <summary>The outcome of a content operation: a status, the document when it succeeded, and why when not.</summary>
public sealed record ContentOperationResult(
    ContentOperationStatus Status,
    Document? Document = null,
    IReadOnlyList<PropertyValidationError>? ValidationErrors = null,
    IReadOnlyList<string>? Messages = null)
{
    /// <summary>True when the operation was applied.</summary>
    public bool Succeeded => Status == ContentOperationStatus.Success;

    /// <summary>A success.</summary>
    public static ContentOperationResult Ok(Document? document) => new(ContentOperationStatus.Success, document);

    /// <summary>A failure with optional messages.</summary>
    public static ContentOperationResult Fail(ContentOperationStatus status, params string[] messages) =>
        new(status, Messages: messages);
}
