using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerCms.Browser.Tests;

/// <summary>
/// An editor's day in real Chromium: create a career and a transition path (validation errors shown at the fields,
/// then fixed), publish and see it in the Delivery API, roll back with a diff, trash and restore, the list view.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Editor_CreatesValidatesPublishesRollsBackTrashesAndRestores()
    {
        var page = await fixture.NewPageAsync();
        var bo = new Backoffice(page);
        await bo.LoginAsync(BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);
        await bo.ExpandAsync("Careers");
        await Expect(bo.TreeNode("MLOps Engineer")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "04-tree");

        // A career with errors: summary missing (mandatory) and salary min above max (domain rule).
        await bo.CreateUnderAsync("Careers", "career");
        await bo.NameAsync("Platform Engineer");
        await bo.RichTextAsync("description", "Builds internal developer platforms.");
        await bo.TabAsync("facts");
        await bo.FillAsync("salaryMin", "200000");
        await bo.FillAsync("salaryMax", "150000");
        await bo.SelectAsync("experienceLevel", "Senior");
        await bo.SelectAsync("industry", "Cloud & DevOps");
        await bo.SaveAsync();
        await Expect(bo.Error("summary")).ToContainTextAsync("required");
        await Expect(page.Locator("uui-tab[data-tab=content][data-invalid]")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "05-validation-errors");

        // The mandatory value fixed, the careers domain rule answers at its field on the next save.
        await bo.TabAsync("content");
        await bo.FillAsync("summary", "Runs the platforms other engineers build on.");
        await bo.SaveAsync();
        await bo.TabAsync("facts");
        await Expect(bo.Error("salaryMin")).ToContainTextAsync("must not be above");

        // Fixed and saved, then published.
        await bo.FillAsync("salaryMin", "120000");
        await bo.SaveAsync();
        var careerId = await bo.CurrentIdAsync();
        await bo.ExpectToastAsync("Saved");
        await Expect(page.Locator("[data-testid=document-state]")).ToHaveTextAsync("Draft (not published)");
        await bo.SaveAndPublishAsync();
        await Expect(page.Locator("[data-testid=document-state]")).ToHaveTextAsync("Published");
        await BrowserFixture.ScreenshotAsync(page, "06-career-published");
        await ExpectInDeliveryApiAsync(careerId, "Platform Engineer");

        // A transition path under it: from its own parent and a reversed duration are refused at the fields.
        await bo.ExpandAsync("Careers");
        await bo.CreateUnderAsync("Platform Engineer", "transitionPath");
        await bo.NameAsync("Software Engineer to Platform Engineer");
        await bo.TabAsync("path");
        await bo.PickAsync("fromCareer", "Platform Engineer");
        await bo.FillAsync("headline", "From shipping features to running the platform");
        await bo.SelectAsync("difficulty", "Moderate");
        await bo.FillAsync("durationMinMonths", "9");
        await bo.FillAsync("durationMaxMonths", "6");
        await bo.SaveAsync();
        await Expect(bo.Error("fromCareer")).ToContainTextAsync("own target career");
        await Expect(bo.Error("durationMinMonths")).ToContainTextAsync("must not be above");
        await BrowserFixture.ScreenshotAsync(page, "07-path-validation-errors");
        await bo.RemovePickedAsync("fromCareer");
        await bo.PickAsync("fromCareer", "Software Engineer");
        await bo.FillAsync("durationMinMonths", "4");
        await bo.SaveAndPublishAsync();
        var pathId = await bo.CurrentIdAsync();
        await Expect(page.Locator("[data-testid=document-state]")).ToHaveTextAsync("Published");
        await ExpectInDeliveryApiAsync(pathId, "Software Engineer to Platform Engineer");

        // Rollback: change the career's summary, then restore the first version from Info, with a diff.
        await bo.OpenAsync(careerId);
        await bo.FillAsync("summary", "A summary that will be rolled back.");
        await bo.SaveAsync();
        await bo.ExpectToastAsync("Saved");
        await bo.ViewAsync("info");
        var versions = page.Locator("[data-testid=versions] tbody tr");
        await Expect(versions).ToHaveCountAsync(3);
        await versions.Last.Locator("uui-button[data-testid=rollback]").ClickAsync();
        await Expect(page.Locator("[data-testid=rollback-dialog] .diff-table")).ToContainTextAsync("rolled back");
        await BrowserFixture.ScreenshotAsync(page, "08-rollback-diff");
        await bo.DialogActionAsync("Rollback");
        await bo.ExpectToastAsync("Rolled back");
        await Expect(page.Locator("[data-testid=history]")).ToContainTextAsync("RollBack");
        var rolledBack = await fixture.Admin.GetAsync($"/document/{careerId}");
        Assert.Contains(rolledBack["values"]!.AsArray(), v => (string?)v!["alias"] == "summary" && (string?)v["value"] == "Runs the platforms other engineers build on.");
        await BrowserFixture.ScreenshotAsync(page, "09-info-history");

        // Trash and restore.
        await bo.EntityActionAsync("Move to recycle bin");
        await bo.DialogActionAsync("Move to recycle bin");
        await bo.ExpectToastAsync("Moved to the recycle bin");
        await page.Locator("[data-testid=recycle-bin-link]").ClickAsync();
        var trashed = page.Locator($"[data-testid=recycle-bin] tr[data-key=\"{careerId}\"]");
        await Expect(trashed).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "10-recycle-bin");
        await trashed.Locator("uui-button[data-testid=restore]").ClickAsync();
        await bo.ExpectToastAsync("Restored");
        await Expect(trashed).ToHaveCountAsync(0);
        Assert.False((await fixture.Admin.GetAsync($"/document/{careerId}"))["isTrashed"]!.GetValue<bool>());
        await Expect(bo.TreeNode("Platform Engineer")).ToBeVisibleAsync();

        // The list view of Careers: search and page.
        await bo.OpenAsync("65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98", "collection");
        await Expect(page.Locator("[data-testid=collection-table] tbody tr").First).ToBeVisibleAsync();
        await page.Locator("uui-input[data-testid=collection-search] input").FillAsync("Platform");
        await Expect(page.Locator("[data-testid=collection-table] tbody tr")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "11-list-view");
        await page.Context.CloseAsync();
    }

    private async Task ExpectInDeliveryApiAsync(string id, string name)
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Site.BaseUrl) };
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string last = "";
        while (DateTime.UtcNow < deadline)
        {
            var response = await http.GetAsync($"/umbraco/delivery/api/v2/content/item/{id}");
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonObject>())?["name"]?.GetValue<string>() == name)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{name} did not appear in the Delivery API: {last}");
    }
}
