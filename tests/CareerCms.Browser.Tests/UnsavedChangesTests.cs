using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerCms.Browser.Tests;

/// <summary>
/// Unsaved edits are not lost by a click elsewhere: leaving a changed document asks first (stay keeps the edit and
/// the address), Ctrl+S saves, and an unchanged document is left without a question.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnsavedChangesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LeavingAChangedDocument_AsksFirst_StayKeepsTheEdit_CtrlSSaves_DiscardLeaves()
    {
        var page = await fixture.NewPageAsync();
        var bo = new Backoffice(page);
        await bo.LoginAsync(BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);
        await bo.ExpandAsync("Careers");
        await bo.TreeNode("Data Engineer").Locator(":scope > .tree-row .tree-label").ClickAsync();
        var dataEngineer = await bo.CurrentIdAsync();
        await Expect(page.Locator($"[data-testid=workspace][data-document=\"{dataEngineer}\"]")).ToBeVisibleAsync();

        // A changed field, then a click on another item in the tree: asked; staying keeps the page, the edit and the address.
        await bo.FillAsync("summary", "Edited, not yet saved.");
        await bo.TreeNode("Backend Developer").Locator(":scope > .tree-row .tree-label").ClickAsync();
        var question = page.Locator("dialog[open][data-testid=unsaved-changes-dialog]");
        await Expect(question).ToContainTextAsync("unsaved changes");
        await BrowserFixture.ScreenshotAsync(page, "30-unsaved-changes");
        await bo.DialogActionAsync("Stay");
        await Expect(question).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"#/content/edit/{dataEngineer}$"));
        await Expect(bo.Property("summary").Locator("textarea")).ToHaveValueAsync("Edited, not yet saved.");

        // Ctrl+S saves; then leaving needs no question.
        await page.Keyboard.PressAsync("Control+s");
        await bo.ExpectToastAsync("Saved");
        var saved = await fixture.Admin.GetAsync($"/document/{dataEngineer}");
        Assert.Contains(saved["values"]!.AsArray(), v => (string?)v!["alias"] == "summary" && (string?)v["value"] == "Edited, not yet saved.");
        await bo.TreeNode("Backend Developer").Locator(":scope > .tree-row .tree-label").ClickAsync();
        var backend = await WorkspaceOtherThanAsync(page, dataEngineer);
        await Expect(page.Locator("dialog[open][data-testid=unsaved-changes-dialog]")).ToHaveCountAsync(0);

        // Switching views of the same document is not leaving it.
        await bo.FillAsync("summary", "Thrown away.");
        await bo.ViewAsync("info");
        await Expect(page.Locator("dialog[open][data-testid=unsaved-changes-dialog]")).ToHaveCountAsync(0);
        await bo.ViewAsync("content");
        await Expect(bo.Property("summary").Locator("textarea")).ToHaveValueAsync("Thrown away.");

        // Another section: asked; discarding leaves and stores nothing.
        var before = await fixture.Admin.GetAsync($"/document/{backend}");
        await page.Locator(".bo-sections a[data-section=settings]").ClickAsync();
        await Expect(question).ToBeVisibleAsync();
        await bo.DialogActionAsync("Discard changes");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#/settings"));
        var after = await fixture.Admin.GetAsync($"/document/{backend}");
        Assert.Equal(before["draftVersionId"]!.GetValue<int>(), after["draftVersionId"]!.GetValue<int>());
        await page.Context.CloseAsync();
    }

    private static async Task<string> WorkspaceOtherThanAsync(IPage page, string previous)
    {
        var workspace = page.Locator($"[data-testid=workspace]:not([data-document=\"{previous}\"])");
        await Expect(workspace).ToBeVisibleAsync();
        return (await workspace.GetAttributeAsync("data-document"))!;
    }
}
