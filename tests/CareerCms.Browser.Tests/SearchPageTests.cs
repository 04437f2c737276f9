using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerCms.Browser.Tests;

/// <summary>The public /search page in Chromium: as-you-type with JavaScript, a plain GET form without it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Typing_ShowsMatchingResultsAsYouType_LinkedToTheDeliveryApi()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search");

        // The query box has the focus and a label; typing (with a typo) updates the results without submitting.
        await Expect(page.GetByLabel("Career or transition path")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("kubernets engin", new KeyboardTypeOptions { Delay = 40 });

        var result = page.Locator("#results li a", new PageLocatorOptions { HasText = "MLOps Engineer" }).First;
        await Expect(result).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        await Expect(result).ToHaveAttributeAsync("href", "/umbraco/delivery/api/v2/content/item/mlops-engineer/");
        await Expect(page.Locator("#status")).ToContainTextAsync("results for “kubernets engin”");
        await Expect(page.Locator(".snippet mark").First).ToBeVisibleAsync();
        Assert.EndsWith("/search?q=kubernets+engin", page.Url, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "search-as-you-type");

        // Keyboard only: Tab reaches the filters; Enter submits the GET form.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#f-industry")).ToBeFocusedAsync();
        await page.Locator("#f-industry").SelectOptionAsync("AI/Infrastructure");
        await Expect(page.Locator("#results li").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WithoutJavaScript_TheFormStillSearches()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Site.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search");

        await page.GetByLabel("Career or transition path").FillAsync("software engineer mlops");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Search" }).ClickAsync();

        await Expect(page.Locator("#results li a").First).ToHaveTextAsync("Software Engineer to MLOps Engineer", new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        await Expect(page.Locator("footer")).ToContainTextAsync("Mapping Career Causeways");
        await context.CloseAsync();
    }
}
