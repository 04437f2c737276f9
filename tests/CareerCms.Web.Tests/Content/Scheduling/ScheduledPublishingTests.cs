using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Scheduling;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Tests.Composition;
using CareerCms.Web.Tests.Infrastructure;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace CareerCms.Web.Tests.Content.Scheduling;

/// <summary>
/// Scheduled publishing against a real database with a hand-moved clock: validation, the runner publishing and
/// unpublishing through the normal publishing service, failures, restart and several nodes on one database.
/// </summary>
public abstract class ScheduledPublishingTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2031, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private CareerCmsSite _site = null!;
    private SchedulingHarness _harness = null!;

    protected CareerCmsSite Site => _site;

    public async Task InitializeAsync()
    {
        _site = await CareerCmsSite.StartAsync(kind, settings: SchedulingHarness.JobOff);
        await TestSchema.InstallAsync(_site);
        _harness = new SchedulingHarness(_site, new ManualClock(Start));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ScheduleAsync_WhenThePublishDateHasPassed_IsRefusedAtTheField()
    {
        var folder = await TestSchema.CreateAsync(Site, "folder", "Past", null);

        var result = await _harness.Schedules.ScheduleAsync(folder, new DocumentSchedule(Start.AddMinutes(-1).UtcDateTime, null), -1);

        Assert.Equal(ContentPublishingOperationStatus.PublishTimeNeedsToBeInFuture, result.Status);
        Assert.Equal(ContentScheduleResult.PublishTimeField, Assert.Single(result.Errors).Alias);
        Assert.True((await _harness.ScheduleOfAsync(folder)).IsEmpty);
    }

    [Fact]
    public async Task ScheduleAsync_WhenTheUnpublishDateIsNotAfterThePublishDate_IsRefusedAtTheField()
    {
        var folder = await TestSchema.CreateAsync(Site, "folder", "Backwards", null);

        var result = await _harness.Schedules.ScheduleAsync(folder, new DocumentSchedule(Start.AddHours(2).UtcDateTime, Start.AddHours(1).UtcDateTime), -1);

        Assert.Equal(ContentPublishingOperationStatus.UnpublishTimeNeedsToBeAfterPublishTime, result.Status);
        Assert.Equal(ContentScheduleResult.UnpublishTimeField, Assert.Single(result.Errors).Alias);
        Assert.True((await _harness.ScheduleOfAsync(folder)).IsEmpty);
    }

    [Fact]
    public async Task RunDueAsync_BeforeAndAfterTheReleaseDate_PublishesOnceThroughThePublishingService()
    {
        var folder = await TestSchema.CreateAsync(Site, "folder", "Spring launch", null);
        await _harness.ScheduleAsync(folder, Start.AddHours(1), null);

        var early = await _harness.Runner.RunDueAsync();
        _harness.Clock.Advance(TimeSpan.FromHours(1));
        var due = await _harness.Runner.RunDueAsync();
        var again = await _harness.Runner.RunDueAsync();

        Assert.Equal((0, 1, 0), (early.Published, due.Published, again.Published));
        Assert.True((await Site.Get<ContentQueryService>().GetAsync(folder))!.Published);
        Assert.NotNull(Site.Get<PublishedContentCache>().Get(folder));
        Assert.Contains(Site.Get<NotificationRecorder>().Published, c => c.Key == folder);
        Assert.True((await _harness.ScheduleOfAsync(folder)).IsEmpty);
        var history = await _harness.HistoryAsync(folder);
        Assert.Single(history, h => h.Action == "Publish");
        Assert.Contains(history, h => h.Action == ContentScheduleService.AuditAction && h.Comment!.StartsWith("Published by the scheduler", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunDueAsync_WhenTheExpireDateIsDue_Unpublishes()
    {
        var folder = await TestSchema.CreateAsync(Site, "folder", "Summer sale", null);
        Assert.True((await Site.Get<ContentPublishingService>().PublishAsync(folder, -1)).Succeeded);
        await _harness.ScheduleAsync(folder, null, Start.AddDays(1));

        _harness.Clock.Advance(TimeSpan.FromDays(2));
        var report = await _harness.Runner.RunDueAsync();

        Assert.Equal(1, report.Unpublished);
        Assert.False((await Site.Get<ContentQueryService>().GetAsync(folder))!.Published);
        Assert.Null(Site.Get<PublishedContentCache>().Get(folder));
    }

    [Fact]
    public async Task RunDueAsync_WithReleaseAndExpireBothMissed_RunsThemInDateOrder()
    {
        var folder = await TestSchema.CreateAsync(Site, "folder", "Weekend only", null);
        await _harness.ScheduleAsync(folder, Start.AddHours(1), Start.AddHours(2));

        _harness.Clock.Advance(TimeSpan.FromHours(3));
        var report = await _harness.Runner.RunDueAsync();

        Assert.Equal((1, 1), (report.Published, report.Unpublished));
        Assert.False((await Site.Get<ContentQueryService>().GetAsync(folder))!.Published);
    }

    [Fact]
    public async Task RunDueAsync_WhenThePublishFails_DropsTheScheduleAndSaysWhyInTheHistory()
    {
        var folder = await TestSchema.CreateAsync(Site, "folder", "Never published parent", null);
        var page = await TestSchema.CreateAsync(Site, "page", "Orphan page", folder);
        await _harness.ScheduleAsync(page, Start.AddMinutes(5), null);

        _harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var report = await _harness.Runner.RunDueAsync();

        Assert.Equal((0, 1), (report.Published, report.Failed));
        Assert.False((await Site.Get<ContentQueryService>().GetAsync(page))!.Published);
        Assert.True((await _harness.ScheduleOfAsync(page)).IsEmpty);
        Assert.Contains(await _harness.HistoryAsync(page), h => h.Comment?.Contains("failed", StringComparison.Ordinal) == true
            && h.Comment.Contains("Never published parent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScheduleAsync_WithEmptyDates_ClearsTheSchedule()
    {
        var folder = await TestSchema.CreateAsync(Site, "folder", "Changed plans", null);
        await _harness.ScheduleAsync(folder, Start.AddDays(3), Start.AddDays(4));

        await _harness.ScheduleAsync(folder, null, null);
        _harness.Clock.Advance(TimeSpan.FromDays(5));

        Assert.True((await _harness.ScheduleOfAsync(folder)).IsEmpty);
        Assert.Equal(0, (await _harness.Runner.RunDueAsync()).Published);
        Assert.Contains(await _harness.HistoryAsync(folder), h => h.Comment == "Schedule cleared");
    }
}

public sealed class ScheduledPublishingSqliteTests() : ScheduledPublishingTests(TestDatabaseKind.Sqlite)
{
    [Fact]
    public async Task Schedule_AfterARestart_IsStillThereAndRunsWhenDue()
    {
        var data = Directory.CreateTempSubdirectory("careercms-schedule-restart-").FullName;
        var database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, data);
        var clock = new ManualClock(new DateTimeOffset(2031, 6, 1, 8, 0, 0, TimeSpan.Zero));
        Guid folder;
        await using (var before = await CareerCmsSite.StartAsync(settings: SchedulingHarness.JobOff, dataDirectory: data, database: database))
        {
            await TestSchema.InstallAsync(before);
            folder = await TestSchema.CreateAsync(before, "folder", "Survives restarts", null);
            await new SchedulingHarness(before, clock).ScheduleAsync(folder, clock.Now.AddHours(1), null);
        }

        await using (var after = await CareerCmsSite.StartAsync(settings: SchedulingHarness.JobOff, dataDirectory: data, database: database))
        {
            var harness = new SchedulingHarness(after, clock);
            Assert.Equal(clock.Now.AddHours(1).UtcDateTime, (await harness.ScheduleOfAsync(folder)).PublishAt);
            clock.Advance(TimeSpan.FromHours(6));

            Assert.Equal(1, (await harness.Runner.RunDueAsync()).Published);
            Assert.True((await after.Get<ContentQueryService>().GetAsync(folder))!.Published);
        }

        Directory.Delete(data, recursive: true);
    }
}

/// <summary>The job itself, on the real clock: schedules missed while the site was down run when it starts again.</summary>
public sealed class ScheduledPublishingJobTests
{
    [Fact]
    public async Task Job_AtStart_RunsSchedulesMissedWhileTheSiteWasDown()
    {
        var data = Directory.CreateTempSubdirectory("careercms-schedule-missed-").FullName;
        var database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, data);
        Guid folder;
        DateTimeOffset due;
        await using (var before = await CareerCmsSite.StartAsync(settings: SchedulingHarness.JobOff, dataDirectory: data, database: database))
        {
            await TestSchema.InstallAsync(before);
            folder = await TestSchema.CreateAsync(before, "folder", "Missed while down", null);
            due = DateTimeOffset.UtcNow.AddMilliseconds(500);
            var stored = await before.Get<ContentScheduleService>().ScheduleAsync(folder, new DocumentSchedule(due.UtcDateTime, null), -1);
            Assert.True(stored.Succeeded);
        }

        while (DateTimeOffset.UtcNow <= due)
        {
            await Task.Delay(50);
        }

        // A one-hour period: only the run at start can publish within the wait below.
        await using (var after = await CareerCmsSite.StartAsync(
            settings: new Dictionary<string, string?> { ["Umbraco:CMS:ScheduledPublishing:Period"] = "01:00:00" }, dataDirectory: data, database: database))
        {
            var query = after.Get<ContentQueryService>();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!(await query.GetAsync(folder))!.Published && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.True((await query.GetAsync(folder))!.Published);
        }

        Directory.Delete(data, recursive: true);
    }
}

public sealed class ScheduledPublishingPostgreSqlTests() : ScheduledPublishingTests(TestDatabaseKind.PostgreSql)
{
    [Fact]
    public async Task RunDueAsync_OnTwoNodesOfOneDatabaseAtOnce_RunsEveryScheduleOnce()
    {
        var clock = new ManualClock(new DateTimeOffset(2031, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var second = await CareerCmsSite.StartAsync(TestDatabaseKind.PostgreSql, settings: SchedulingHarness.JobOff, database: Site.Database);
        var nodeA = new SchedulingHarness(Site, clock);
        var nodeB = new SchedulingHarness(second, clock);
        var folders = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var folder = await TestSchema.CreateAsync(Site, "folder", $"Launch {i}", null);
            await nodeA.ScheduleAsync(folder, clock.Now.AddMinutes(10), null);
            folders.Add(folder);
        }

        clock.Advance(TimeSpan.FromMinutes(10));
        var reports = await Task.WhenAll(nodeA.Runner.RunDueAsync(), nodeB.Runner.RunDueAsync(), nodeA.Runner.RunDueAsync());

        Assert.Equal(folders.Count, reports.Sum(r => r.Published));
        Assert.Equal(0, reports.Sum(r => r.Failed));
        foreach (var folder in folders)
        {
            var history = await nodeA.HistoryAsync(folder);
            Assert.Single(history, h => h.Action == "Publish");
            Assert.Single(history, h => h.Comment?.StartsWith("Published by the scheduler", StringComparison.Ordinal) == true);
        }
    }
}
