using Microsoft.Playwright;

namespace CareerCms.Browser.Tests;

/// <summary>
/// Playwright driving Debian's Chromium (CAREERCMS_TEST_CHROMIUM, set by test.sh; Playwright never downloads a
/// browser here) against one starter-content site on Kestrel, with its administrator already installed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "CAREERCMS_TEST_CHROMIUM";
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "correct-horse-battery";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public BrowserSite Site { get; private set; } = null!;

    /// <summary>An API session as the administrator (to set up users and make concurrent changes).</summary>
    public ApiSession Admin { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(BrowserSite.RepositoryRoot, "tests", "CareerCms.Browser.Tests", "screenshots");

    public async Task InitializeAsync()
    {
        Browser = await LaunchAsync();
        Site = BrowserSite.Start(starterContent: true);
        Admin = await ApiSession.InstallAsync(Site.BaseUrl, "Admin", AdminEmail, AdminPassword);
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
    }

    /// <summary>Launches Chromium headless with flags that keep it off the network and out of the sandbox.</summary>
    public async Task<IBrowser> LaunchAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (string.IsNullOrWhiteSpace(chromium) || !File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium: set {ChromiumVariable} to its path (./test.sh installs /usr/bin/chromium and sets it). Found: '{chromium}'.");
        }

        _playwright ??= await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page (own cookies) with a desktop viewport.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, BaseURL = Site.BaseUrl });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15000);
        return page;
    }

    /// <summary>Saves a full-page screenshot as screenshots/{name}.png.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
