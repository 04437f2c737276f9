using CareerCms.Web.Content.Editors;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace CareerCms.Web.Content.Scheduling;

/// <summary>
/// The outcome of setting a document's schedule, with Core's publishing statuses (e.g.
/// <see cref="ContentPublishingOperationStatus.PublishTimeNeedsToBeInFuture"/>) and the problems per request field
/// (<c>publishTime</c>, <c>unpublishTime</c>).
/// </summary>
public sealed record ContentScheduleResult(
    ContentPublishingOperationStatus Status,
    DocumentSchedule Schedule,
    IReadOnlyList<PropertyValidationError> Errors)
{
    /// <summary>The request field of the publish date.</summary>
    public const string PublishTimeField = "publishTime";

    /// <summary>The request field of the unpublish date.</summary>
    public const string UnpublishTimeField = "unpublishTime";

    /// <summary>True when the schedule was stored.</summary>
    public bool Succeeded => Status == ContentPublishingOperationStatus.Success;

    /// <summary>A failure without field problems.</summary>
    public static ContentScheduleResult Fail(ContentPublishingOperationStatus status) => new(status, DocumentSchedule.None, []);
}
