using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerCms.Browser.Tests;

/// <summary>First run: the install screen creates the first administrator, who lands in the backoffice.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstRunTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FirstRun_CreatesTheAdministratorInTheBrowser_ThenLogsInAgain()
    {
        await using var site = BrowserSite.Start(starterContent: false);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/umbraco");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Install CareerCms");
        await page.Locator("uui-input[name=name] input").FillAsync("First Admin");
        await page.Locator("uui-input[name=email] input").FillAsync("first@example.com");
        await page.Locator("uui-input[name=password] input").FillAsync("short");
        await page.Locator("uui-button[label=Install]").ClickAsync();
        await Expect(page.Locator(".auth-error")).ToContainTextAsync("at least 10");
        await BrowserFixture.ScreenshotAsync(page, "01-first-run");

        await page.Locator("uui-input[name=password] input").FillAsync("first-admin-walks-the-dog");
        await page.Locator("uui-button[label=Install]").ClickAsync();
        await Expect(page.Locator(".bo-header")).ToContainTextAsync("First Admin");
        await Expect(page.Locator(".bo-sections a")).ToHaveTextAsync(["Content", "Settings", "Users"]);

        await page.Locator("uui-button[label='Log out']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Welcome back");
        await page.Locator("uui-input[name=username] input").FillAsync("first@example.com");
        await page.Locator("uui-input[name=password] input").FillAsync("wrong-password");
        await page.Locator("uui-button[label=Login]").ClickAsync();
        await Expect(page.Locator(".auth-error")).ToContainTextAsync("wrong");
        await BrowserFixture.ScreenshotAsync(page, "02-login-failed");
        await new Backoffice(page).LoginAsync("first@example.com", "first-admin-walks-the-dog");
        await BrowserFixture.ScreenshotAsync(page, "03-empty-content");
        await context.CloseAsync();
    }
}
