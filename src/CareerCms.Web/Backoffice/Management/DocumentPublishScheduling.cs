using CareerCms.Web.Backoffice.Content;
using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Content.Scheduling;
using CareerCms.Web.Content.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>
/// PUT document/{id}/publish with Umbraco 17's <c>publishSchedules</c>: an entry without a schedule publishes now, an
/// entry with one sets or clears the publish and unpublish dates (an empty list clears both, as Umbraco does), and no
/// body at all publishes now. Needs the Publish permission, and Unpublish too when an unpublish date is set.
/// </summary>
internal static class DocumentPublishScheduling
{
    /// <summary>The endpoint's handler.</summary>
    internal static async Task<IResult> PublishAsync(
        Guid id, PublishDocumentRequest? request, CurrentUser user, DocumentTreeReader reader, DocumentAccess access,
        ContentPublishingService publishing, ContentScheduleService scheduling, ContentQueryService query, DocumentPresenter presenter, CancellationToken ct)
    {
        var entries = request?.PublishSchedules;
        if (entries is null || (entries.Count > 0 && entries.All(e => e.Schedule is null)))
        {
            return await DocumentActionsApi.WithNodeAsync(id, user, BackofficePermissions.Publish, reader, access, presenter, ct,
                () => publishing.PublishAsync(id, user.Id, cancellationToken: ct)).ConfigureAwait(false);
        }

        if (entries.Any(e => !string.IsNullOrEmpty(e.Culture) && e.Culture != "*"))
        {
            return Problem(ContentPublishingOperationStatus.InvalidCulture, "CareerCms content does not vary by culture: send the invariant culture (null).");
        }

        var scheduled = entries.Where(e => e.Schedule is not null).Select(e => e.Schedule!).ToArray();
        if (scheduled.Length > 1)
        {
            return ManagementProblems.BadRequest("One schedule per culture", "Send at most one entry with a schedule.");
        }

        var requested = scheduled.Length == 0
            ? DocumentSchedule.None
            : new DocumentSchedule(scheduled[0].PublishTime?.UtcDateTime, scheduled[0].UnpublishTime?.UtcDateTime);
        var node = await reader.GetAsync(id, ct).ConfigureAwait(false);
        if (node is null)
        {
            return ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound));
        }

        var deny = await access.DenyAsync(user, BackofficePermissions.Publish, node, ct).ConfigureAwait(false)
            ?? (requested.UnpublishAt is not null ? await access.DenyAsync(user, BackofficePermissions.Unpublish, node, ct).ConfigureAwait(false) : null);
        if (deny is not null)
        {
            return deny;
        }

        var check = scheduling.Validate(await scheduling.GetAsync(node.Id, ct).ConfigureAwait(false), requested);
        if (!check.Succeeded)
        {
            return ManagementProblems.FromSchedule(check);
        }

        if (entries.Any(e => e.Schedule is null))
        {
            var published = await publishing.PublishAsync(id, user.Id, cancellationToken: ct).ConfigureAwait(false);
            if (!published.Succeeded)
            {
                return ManagementProblems.FromContent(published);
            }
        }

        var stored = await scheduling.ScheduleAsync(id, requested, user.Id, ct).ConfigureAwait(false);
        if (!stored.Succeeded)
        {
            return ManagementProblems.FromSchedule(stored);
        }

        var document = await query.GetAsync(id, ct).ConfigureAwait(false);
        return document is null
            ? ManagementProblems.FromContent(ContentOperationResult.Fail(ContentOperationStatus.NotFound))
            : TypedResults.Ok(await presenter.PresentAsync(document, ct).ConfigureAwait(false));
    }

    private static IResult Problem(ContentPublishingOperationStatus status, string detail) =>
        ManagementProblems.FromSchedule(new ContentScheduleResult(status, DocumentSchedule.None, []), detail);
}
