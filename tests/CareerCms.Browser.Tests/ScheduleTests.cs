using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerCms.Browser.Tests;

/// <summary>An editor schedules a publish from the document workspace, in their own time zone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScheduleTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Editor_SchedulesAPublish_SeesTheFieldErrorForAPastDate_ThenTheScheduleInInfo()
    {
        var id = await StarterCareers.CreateAsync(fixture.Admin, "Quantum Engineer");
        // India has no daylight saving: 10:30 there is always 05:00 UTC.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, BaseURL = fixture.Site.BaseUrl, TimezoneId = "Asia/Kolkata",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15000);
        var bo = new Backoffice(page);
        await bo.LoginAsync(BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);
        await bo.OpenAsync(id);

        await page.Locator("uui-button[data-testid=schedule]").ClickAsync();
        var dialog = page.Locator("[data-testid=schedule-dialog]");
        await dialog.Locator("uui-input[data-testid=schedule-publishTime] input").FillAsync("2020-01-01T10:30");
        await bo.DialogActionAsync("Schedule");
        await Expect(dialog.Locator(".property-error[data-field=publishTime]")).ToContainTextAsync("must be in the future");

        var year = DateTime.UtcNow.Year + 1;
        await dialog.Locator("uui-input[data-testid=schedule-publishTime] input").FillAsync($"{year}-05-10T10:30");
        await Expect(dialog.Locator("[data-testid=schedule-publishTime-utc]")).ToHaveTextAsync($"{year}-05-10 05:00 UTC");
        await BrowserFixture.ScreenshotAsync(page, "20-schedule-dialog");
        await bo.DialogActionAsync("Schedule");
        await bo.ExpectToastAsync("Scheduled");

        await Expect(page.Locator("[data-testid=document-schedule]")).ToContainTextAsync("Publishes");
        await Expect(page.Locator("[data-testid=document-state]")).ToHaveTextAsync("Draft (not published)");
        var variant = await StarterCareers.VariantAsync(fixture.Admin, id);
        Assert.Equal(new DateTime(year, 5, 10, 5, 0, 0, DateTimeKind.Utc), variant["scheduledPublishDate"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Null(variant["scheduledUnpublishDate"]);

        await bo.ViewAsync("info");
        await Expect(page.Locator("[data-testid=info-publish-at]")).Not.ToHaveTextAsync("—");
        await Expect(page.Locator("[data-testid=history]")).ToContainTextAsync("Schedule");
        await BrowserFixture.ScreenshotAsync(page, "21-schedule-info");
        await context.CloseAsync();
    }
}
