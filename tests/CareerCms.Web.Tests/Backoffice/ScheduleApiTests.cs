using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>A starter site whose scheduler runs every 200 ms (Umbraco:CMS:ScheduledPublishing:Period), with an administrator.</summary>
public sealed class ScheduledSiteFixture : IAsyncLifetime
{
    private readonly BackofficeSiteFixture _inner = new();

    public BackofficeSiteFixture Site => _inner;

    public async Task InitializeAsync()
    {
        var settings = BackofficeSiteFixture.Settings;
        settings["Umbraco:CMS:ScheduledPublishing:Period"] = "00:00:00.200";
        await _inner.InitializeAsync(settings);
    }

    public Task DisposeAsync() => _inner.DisposeAsync();
}

/// <summary>
/// PUT document/{id}/publish with Umbraco's publishSchedules through the real pipeline: validation as ProblemDetails
/// with field errors, permissions, the schedule in GET document, and a real-clock scheduled publish.
/// </summary>
public sealed class ScheduleApiTests(ScheduledSiteFixture fixture) : IClassFixture<ScheduledSiteFixture>
{
    private BackofficeClient Admin => fixture.Site.Admin;

    [Fact]
    public async Task Publish_WithAPublishTimeInThePast_Returns400WithTheFieldError()
    {
        var id = await fixture.Site.CreateCareerAsync("Late Career");

        var response = await Admin.PutAsync($"/document/{id}/publish", Schedule(DateTimeOffset.UtcNow.AddHours(-1), null));
        var problem = await BackofficeClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PublishTimeNeedsToBeInFuture", problem["operationStatus"]!.GetValue<string>());
        Assert.Contains("future", problem["errors"]!["publishTime"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Draft", await StateAsync(id));
    }

    [Fact]
    public async Task Publish_WithTheUnpublishTimeBeforeThePublishTime_Returns400WithTheFieldError()
    {
        var id = await fixture.Site.CreateCareerAsync("Backwards Career");
        var publish = DateTimeOffset.UtcNow.AddDays(2);

        var response = await Admin.PutAsync($"/document/{id}/publish", Schedule(publish, publish.AddHours(-3)));
        var problem = await BackofficeClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UnpublishTimeNeedsToBeAfterPublishTime", problem["operationStatus"]!.GetValue<string>());
        Assert.NotNull(problem["errors"]!["unpublishTime"]);
        Assert.Null((await Admin.GetJsonAsync($"/document/{id}"))["variants"]![0]!["scheduledPublishDate"]);
    }

    [Fact]
    public async Task Publish_WithASchedule_IsReportedByGetAndClearedByAnEmptyList()
    {
        var id = await fixture.Site.CreateCareerAsync("Scheduled Career");
        var publish = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(10).AddHours(9), TimeSpan.Zero);

        var scheduled = await Admin.PutAsync($"/document/{id}/publish", Schedule(publish, publish.AddDays(30)));
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        var variant = (await Admin.GetJsonAsync($"/document/{id}"))["variants"]![0]!;
        Assert.Equal(publish.UtcDateTime, variant["scheduledPublishDate"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal(publish.AddDays(30).UtcDateTime, variant["scheduledUnpublishDate"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("Draft", variant["state"]!.GetValue<string>());

        var cleared = await Admin.PutAsync($"/document/{id}/publish", new { publishSchedules = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var after = (await Admin.GetJsonAsync($"/document/{id}"))["variants"]![0]!;
        Assert.Null(after["scheduledPublishDate"]);
        Assert.Null(after["scheduledUnpublishDate"]);
        var history = await Admin.GetJsonAsync($"/document/{id}/audit-log");
        Assert.Contains(history["items"]!.AsArray(), e => e!["logType"]!.GetValue<string>() == "Schedule" && e["comment"]!.GetValue<string>() == "Schedule cleared");
    }

    [Fact]
    public async Task Publish_WithASchedule_AsAWriterOrWithoutTheUnpublishPermission_Returns403()
    {
        var id = await fixture.Site.CreateCareerAsync("Guarded Career");
        var writer = await fixture.Site.CreateUserAsync("writer");
        var created = await Admin.PostAsync("/user-group", new
        {
            name = "Launchers", alias = "launchers", sections = new[] { "Umb.Section.Content" },
            fallbackPermissions = new[] { "Umb.Document.Read", "Umb.Document.Publish" }, documentRootAccess = true,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var launcher = await fixture.Site.CreateUserAsync("launchers");
        var when = DateTimeOffset.UtcNow.AddDays(3);

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PutAsync($"/document/{id}/publish", Schedule(when, null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await launcher.PutAsync($"/document/{id}/publish", Schedule(when, when.AddDays(1)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await launcher.PutAsync($"/document/{id}/publish", Schedule(when, null))).StatusCode);
    }

    [Fact]
    public async Task ScheduledPublish_WithTheRealClock_PublishesTheDocumentWhenDue()
    {
        var id = await fixture.Site.CreateCareerAsync("Real Clock Career");
        var due = DateTimeOffset.UtcNow.AddSeconds(2);

        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsync($"/document/{id}/publish", Schedule(due, null))).StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var state = await StateAsync(id);
        while (state != "Published" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            state = await StateAsync(id);
        }

        Assert.Equal("Published", state);
        Assert.True(DateTimeOffset.UtcNow >= due);
        var history = await Admin.GetJsonAsync($"/document/{id}/audit-log");
        Assert.Contains(history["items"]!.AsArray(), e => e!["logType"]!.GetValue<string>() == "Publish" && e["user"]!["name"]!.GetValue<string>() == "System");
        Assert.Null((await Admin.GetJsonAsync($"/document/{id}"))["variants"]![0]!["scheduledPublishDate"]);
    }

    private static object Schedule(DateTimeOffset? publish, DateTimeOffset? unpublish) => new
    {
        publishSchedules = new[] { new { culture = (string?)null, schedule = new { publishTime = publish, unpublishTime = unpublish } } },
    };

    private async Task<string> StateAsync(string id) =>
        (await Admin.GetJsonAsync($"/document/{id}"))["variants"]![0]!["state"]!.GetValue<string>();
}
