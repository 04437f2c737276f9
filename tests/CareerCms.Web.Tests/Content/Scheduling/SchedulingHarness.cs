using CareerCms.Web.Content.Scheduling;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using CareerCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Tests.Content.Scheduling;

/// <summary>The schedule service and the runner of one site, built over a <see cref="ManualClock"/>.</summary>
public sealed class SchedulingHarness(CareerCmsSite site, ManualClock clock)
{
    /// <summary>Site settings for tests that drive the runner themselves: the site's own job stays off.</summary>
    public static Dictionary<string, string?> JobOff => new() { ["CareerCms:ScheduledPublishing:Enabled"] = "false" };

    public ManualClock Clock => clock;

    public ContentScheduleService Schedules { get; } = new(
        site.Get<DatabaseScopeProvider>(), site.Get<DocumentRepository>(), site.Get<ContentScheduleRepository>(), site.Get<AuditRepository>(), clock);

    public ScheduledPublishingRunner Runner { get; } = new(
        site.Get<DatabaseScopeProvider>(),
        site.Get<ContentScheduleRepository>(),
        site.Get<ContentPublishingService>(),
        site.Get<AuditRepository>(),
        site.Get<IOptionsMonitor<ScheduledPublishingOptions>>(),
        clock,
        NullLogger<ScheduledPublishingRunner>.Instance);

    /// <summary>Schedules a document and asserts it was stored.</summary>
    public async Task ScheduleAsync(Guid key, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt)
    {
        var result = await Schedules.ScheduleAsync(key, new DocumentSchedule(publishAt?.UtcDateTime, unpublishAt?.UtcDateTime), -1);
        Assert.True(result.Succeeded, $"{result.Status}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
    }

    /// <summary>A document's schedule.</summary>
    public async Task<DocumentSchedule> ScheduleOfAsync(Guid key)
    {
        var document = await site.Get<ContentQueryService>().GetAsync(key);
        return await Schedules.GetAsync(document!.Id);
    }

    /// <summary>A document's history, newest first, as (action, comment).</summary>
    public async Task<IReadOnlyList<(string Action, string? Comment)>> HistoryAsync(Guid key) =>
        (await site.Get<ContentQueryService>().GetHistoryAsync(key, 0, 100)).Select(e => (e.Action, e.Comment)).ToArray();
}
