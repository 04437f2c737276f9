using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerCms.Browser.Tests;

/// <summary>An administrator adds a property to a document type in Settings; editors see it in the content workspace.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SettingsSchemaTests(BrowserFixture fixture)
{
    private const string MlopsKey = "c9ea2334-f279-43cf-9fea-489f6acde1a0";

    [Fact]
    public async Task Admin_AddsAPropertyToTheCareerType_AndTheContentWorkspaceShowsIt()
    {
        var page = await fixture.NewPageAsync();
        var bo = new Backoffice(page);
        await bo.LoginAsync(BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);
        await page.Locator(".bo-sections a[data-section=settings]").ClickAsync();
        await page.Locator(".settings-nav a", new() { HasText = "Career" }).First.ClickAsync();
        await Expect(page.Locator("[data-testid=document-type][data-alias=career]")).ToBeVisibleAsync();

        var content = page.Locator("[data-testid=dt-design] .dt-container[data-container=content]");
        await content.Locator("uui-button[data-testid=add-property]").ClickAsync();
        var row = content.Locator("tbody tr").Last;
        await row.Locator("uui-input[data-testid=property-name] input").FillAsync("Career highlight");
        await Expect(row.Locator("uui-input[data-testid=property-alias] input")).ToHaveValueAsync("careerHighlight");
        await row.Locator("uui-select[data-testid=property-data-type] select").SelectOptionAsync(new SelectOptionValue { Label = "Textstring (Umbraco.TextBox)" });
        await row.Locator("uui-input[data-testid=property-regex] input").FillAsync("^.{0,80}$");

        // A reserved alias is refused by the server, at the field.
        await row.Locator("uui-input[data-testid=property-alias] input").FillAsync("name");
        await page.Locator("uui-button[data-testid=save-document-type]").ClickAsync();
        await Expect(row.Locator(".property-error[data-field$=':alias']")).ToContainTextAsync("reserved");

        await row.Locator("uui-input[data-testid=property-alias] input").FillAsync("careerHighlight");
        await BrowserFixture.ScreenshotAsync(page, "22-document-type-editor");
        await page.Locator("uui-button[data-testid=save-document-type]").ClickAsync();
        await bo.ExpectToastAsync("Document type saved");
        await Expect(page.Locator("[data-testid=dt-design] tr[data-property=careerHighlight]")).ToBeVisibleAsync();

        // The content workspace renders the new property with its editor; its value saves.
        await bo.OpenAsync(MlopsKey);
        await Expect(bo.Property("careerHighlight")).ToBeVisibleAsync();
        await bo.FillAsync("careerHighlight", "Runs models in production");
        await bo.SaveAsync();
        await bo.ExpectToastAsync("MLOps Engineer was saved");
        await BrowserFixture.ScreenshotAsync(page, "23-new-property-in-workspace");
        var stored = await fixture.Admin.GetAsync($"/document/{MlopsKey}");
        Assert.Contains(stored["values"]!.AsArray(), v => (string?)v!["alias"] == "careerHighlight" && (string?)v["value"] == "Runs models in production");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_AddsAnItemToADropdownDataType_AndAnInvalidRangeIsShownAtItsField()
    {
        var page = await fixture.NewPageAsync();
        var bo = new Backoffice(page);
        await bo.LoginAsync(BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);

        await page.GotoAsync("/umbraco#/settings/data-type/54968238-ee20-4902-8c48-a637504de9b4");
        var items = page.Locator("[data-testid=data-type] [data-testid=items-items]");
        await items.Locator("uui-button[data-testid=add-item]").ClickAsync();
        await items.Locator(".dt-item uui-input input").Last.FillAsync("Expert");
        await page.Locator("uui-button[data-testid=save-data-type]").ClickAsync();
        await bo.ExpectToastAsync("Data type saved");
        var difficulty = await fixture.Admin.GetAsync("/data-type/54968238-ee20-4902-8c48-a637504de9b4");
        Assert.Equal(["Easy", "Moderate", "Hard", "Expert"], difficulty["configuration"]!["items"]!.AsArray().Select(i => i!.GetValue<string>()));

        // Importance 1-5 with its minimum above its maximum: the server's message sits under "max".
        await page.GotoAsync("/umbraco#/settings/data-type/63428aeb-deb4-405a-9f0c-65125247831d");
        await page.Locator("[data-setting=min] uui-input input").FillAsync("9");
        await page.Locator("uui-button[data-testid=save-data-type]").ClickAsync();
        await Expect(page.Locator(".property-error[data-field='configuration.max']")).ToContainTextAsync("must not be below");
        await BrowserFixture.ScreenshotAsync(page, "24-data-type-editor");
        await page.Context.CloseAsync();
    }
}
