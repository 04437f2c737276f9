using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerCms.Browser.Tests;

/// <summary>Two editors on one page (the outdated save is refused and the other change shown) and a Writer's limits.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConcurrencyAndPermissionTests(BrowserFixture fixture)
{
    private const string MlopsKey = "c9ea2334-f279-43cf-9fea-489f6acde1a0";
    private const string SoftwareEngineerKey = "dfc28153-bef7-4c17-9c8c-5daa1b831253";

    [Fact]
    public async Task OutdatedSave_IsRefused_AndShowsTheOtherEditorsChange()
    {
        await fixture.Admin.CreateUserAsync("Other Editor", "other@example.com", "other-editor-edits-calmly", "editor");
        using var other = await ApiSession.LoginAsync(fixture.Site.BaseUrl, "other@example.com", "other-editor-edits-calmly");
        var page = await fixture.NewPageAsync();
        var bo = new Backoffice(page);
        await bo.LoginAsync(BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);
        await bo.OpenAsync(SoftwareEngineerKey);

        // Meanwhile the other editor saves the same page.
        var current = await other.GetAsync($"/document/{SoftwareEngineerKey}");
        var values = current["values"]!.AsArray().Select(v => new { alias = (string)v!["alias"]!, value = v["alias"]!.GetValue<string>() == "summary" ? "The other editor's summary." : (string?)v["value"] }).ToArray();
        await other.SendAsync(HttpMethod.Put, $"/document/{SoftwareEngineerKey}", new
        {
            variants = new[] { new { name = "Software Engineer" } },
            values,
            expectedDraftVersionId = current["draftVersionId"]!.GetValue<int>(),
        });

        await bo.FillAsync("summary", "My own summary.");
        await bo.SaveAsync();
        var dialog = page.Locator("[data-testid=conflict-dialog]");
        await Expect(dialog.Locator("[data-testid=conflict-message]")).ToContainTextAsync("Other Editor");
        await dialog.Locator("uui-button[data-testid=show-their-changes]").ClickAsync();
        await Expect(dialog.Locator(".diff-table")).ToContainTextAsync("other editor's summary");
        await BrowserFixture.ScreenshotAsync(page, "12-conflict");

        var stored = await fixture.Admin.GetAsync($"/document/{SoftwareEngineerKey}");
        Assert.Contains(stored["values"]!.AsArray(), v => (string?)v!["alias"] == "summary" && (string?)v["value"] == "The other editor's summary.");
        await bo.DialogActionAsync("Discard mine and reload");
        await Expect(bo.Property("summary").Locator("textarea")).ToHaveValueAsync("The other editor's summary.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Writer_SeesNoPublishButton_AndTheServerRefusesAHandMadePublish()
    {
        await fixture.Admin.CreateUserAsync("Wendy Writer", "writer@example.com", "wendy-writes-drafts-daily", "writer");
        var page = await fixture.NewPageAsync();
        var bo = new Backoffice(page);
        await bo.LoginAsync("writer@example.com", "wendy-writes-drafts-daily");
        await Expect(page.Locator(".bo-sections a")).ToHaveTextAsync(["Content"]);
        await bo.OpenAsync(MlopsKey);

        await Expect(page.Locator("uui-button[data-testid=save]")).ToBeVisibleAsync();
        await Expect(page.Locator("uui-button[data-testid=save-and-publish]")).ToHaveCountAsync(0);
        await Expect(page.Locator("uui-button[data-testid=unpublish]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "13-writer-workspace");

        // The same request the UI would send, made by hand from the writer's session: refused by the server.
        var status = await page.EvaluateAsync<int>(
            """
            async id => {
              const token = decodeURIComponent(document.cookie.split('; ').find(c => c.startsWith('UMB-XSRF-TOKEN=')).substring(15));
              const response = await fetch(`/umbraco/management/api/v1/document/${id}/publish`, { method: 'PUT', headers: { 'X-UMB-XSRF-TOKEN': token, 'Content-Type': 'application/json' }, body: '{}' });
              return response.status;
            }
            """, MlopsKey);
        Assert.Equal(403, status);

        // A draft save is allowed for a writer.
        await bo.FillAsync("summary", "Edited by a writer.");
        await bo.SaveAsync();
        await bo.ExpectToastAsync("Saved");
        var stored = await fixture.Admin.GetAsync($"/document/{MlopsKey}");
        Assert.Equal("PublishedPendingChanges", stored["variants"]![0]!["state"]!.GetValue<string>());
        await page.Context.CloseAsync();
    }
}
