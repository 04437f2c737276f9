using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.Content.Scheduling;

/// <summary>One pending scheduled action on a document (a row of umbracoContentSchedule).</summary>
/// <param name="Id">Row id; the scheduler claims a schedule by deleting this row.</param>
/// <param name="Key">Stable key of the schedule.</param>
/// <param name="NodeId">The document's id.</param>
/// <param name="NodeKey">The document's key.</param>
/// <param name="Culture">Empty for invariant content (CareerCms content does not vary by culture).</param>
/// <param name="Action">Core's action: Release (publish at) or Expire (unpublish at).</param>
/// <param name="Date">When, in UTC.</param>
/// <param name="UserId">Who set the schedule.</param>
public sealed record ContentScheduleEntry(int Id, Guid Key, int NodeId, Guid NodeKey, string Culture, ContentScheduleAction Action, DateTime Date, int UserId);

/// <summary>A document's invariant schedule: when it will be published and unpublished (UTC), if at all.</summary>
public sealed record DocumentSchedule(DateTime? PublishAt, DateTime? UnpublishAt)
{
    /// <summary>No schedule.</summary>
    public static DocumentSchedule None { get; } = new(null, null);

    /// <summary>True when neither date is set.</summary>
    public bool IsEmpty => PublishAt is null && UnpublishAt is null;

    /// <summary>The invariant schedule among a document's entries.</summary>
    public static DocumentSchedule From(IEnumerable<ContentScheduleEntry> entries)
    {
        var invariant = entries.Where(e => e.Culture.Length == 0).ToArray();
        return new DocumentSchedule(
            invariant.FirstOrDefault(e => e.Action == ContentScheduleAction.Release)?.Date,
            invariant.FirstOrDefault(e => e.Action == ContentScheduleAction.Expire)?.Date);
    }
}
