using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerCms.Browser.Tests;

/// <summary>
/// The dashboards an administrator runs, in Chromium: Examine Management (rebuild with progress, the search tool) and
/// uSync in Settings, loaded from the host's built-in package manifests; the plugin's path counts in Content and its
/// skill-gap view on a transition path, loaded from App_Plugins/CareerCms. Each test opens its own page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture fixture)
{
    private const string SoftwareEngineerToMlopsPath = "b7d63d91-06d0-4359-aef0-858371c765fc";

    [Fact]
    public async Task Examine_AdminRebuildsExternalIndex_ProgressBarReachesDone_AndTheCountsShow()
    {
        var page = await LoginAsync();
        await page.GotoAsync("/umbraco#/settings/dashboard/examine-management");
        await Expect(page.Locator("uui-tab[data-dashboard=examine-management]")).ToHaveAttributeAsync("active", "");
        var external = page.Locator("[data-testid=indexers] uui-table-row[data-index=ExternalIndex]");
        await Expect(external.Locator("[data-testid=health]")).ToHaveTextAsync("Healthy");
        await Expect(page.Locator("[data-testid=indexers] uui-table-row[data-index]")).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(page, "20-examine-indexes");

        await external.Locator("[data-testid=open-index]").ClickAsync();
        await Expect(page.Locator("[data-testid=index-info]")).ToContainTextAsync("publishedValuesOnly");
        await page.Locator("uui-button[data-testid=rebuild-index]").ClickAsync();
        var started = await page.RunAndWaitForResponseAsync(
            () => new Backoffice(page).DialogActionAsync("Rebuild index"),
            r => r.Url.EndsWith("/indexer/ExternalIndex/rebuild", StringComparison.Ordinal) && r.Request.Method == "POST");
        Assert.Equal(200, started.Status);

        var rebuild = page.Locator("[data-testid=rebuild]");
        await Expect(rebuild).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 60_000 });
        await Expect(rebuild.Locator("uui-progress-bar")).ToHaveAttributeAsync("progress", "100");
        var index = await fixture.Admin.GetAsync("/indexer/ExternalIndex");
        var documents = index["documentCount"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture);
        Assert.True(index["documentCount"]!.GetValue<long>() >= 30);
        await Expect(rebuild.Locator("[data-testid=rebuild-status]")).ToHaveAttributeAsync("data-value", documents);
        await Expect(rebuild.Locator("[data-testid=rebuild-status]")).ToContainTextAsync("Done");
        await Expect(page.Locator("[data-testid=index-health] [data-testid=document-count]")).ToHaveAttributeAsync("data-value", documents);
        await Expect(page.Locator(".dash-header [data-testid=health]")).ToHaveTextAsync("Healthy");

        // The bar itself is drawn full (its width animates towards the progress).
        await page.WaitForFunctionAsync("""
            () => {
              const bar = document.querySelector('[data-testid=rebuild] uui-progress-bar');
              const fill = bar.shadowRoot.getElementById('bar');
              return bar.getBoundingClientRect().width > 0 && Math.abs(fill.getBoundingClientRect().width - bar.getBoundingClientRect().width) < 1;
            }
            """);
        await BrowserFixture.ScreenshotAsync(page, "21-examine-rebuilt");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Examine_SearchTool_ShowsHitsWithScoreIdNameAndFields_AndExplainsABadQuery()
    {
        var page = await LoginAsync();
        await page.GotoAsync("/umbraco#/settings/dashboard/examine-management");
        await page.Locator("[data-testid=searchers] uui-table-row[data-searcher=InternalSearcher] [data-testid=open-searcher]").ClickAsync();
        await page.Locator("uui-select[data-testid=searcher] select").SelectOptionAsync("ExternalSearcher");
        await page.Locator("uui-input[data-testid=search-query] input").FillAsync("nodeName:mlops");
        await page.Locator("uui-button[data-testid=search]").ClickAsync();

        var expected = await fixture.Admin.GetAsync("/searcher/ExternalSearcher/query?term=nodeName%3Amlops&skip=0&take=20");
        var total = expected["total"]!.GetValue<long>();
        Assert.True(total >= 2);
        await Expect(page.Locator("[data-testid=search-summary]")).ToHaveAttributeAsync("data-total", total.ToString(CultureInfo.InvariantCulture));
        var hits = page.Locator("[data-testid=search-hits] uui-table-row[data-id]");
        await Expect(hits).ToHaveCountAsync((int)Math.Min(total, 20));
        var first = expected["items"]![0]!;
        var firstRow = hits.First;
        await Expect(firstRow.Locator("[data-testid=hit-id]")).ToHaveTextAsync(first["id"]!.GetValue<string>());
        await Expect(firstRow.Locator("[data-testid=score]")).ToHaveTextAsync(first["score"]!.GetValue<double>().ToString("0.000", CultureInfo.InvariantCulture));
        var name = first["fields"]!.AsArray().First(f => (string?)f!["name"] == "nodeName")!["values"]![0]!.GetValue<string>();
        await Expect(firstRow.Locator("[data-testid=hit-name]")).ToHaveTextAsync(name);
        Assert.Contains("MLOps", name, StringComparison.Ordinal);

        await firstRow.Locator("[data-testid=toggle-fields]").ClickAsync();
        await Expect(firstRow.Locator(".dash-fields")).ToBeVisibleAsync();
        await Expect(firstRow.Locator(".dash-fields dt", new() { HasTextString = "__NodeTypeAlias" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "22-examine-search");

        await page.Locator("uui-input[data-testid=search-query] input").FillAsync("nodeName:(");
        await page.Locator("uui-input[data-testid=search-query] input").PressAsync("Enter");
        await Expect(page.Locator("[data-testid=search-error]")).ToBeVisibleAsync();
        await Expect(hits).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task USync_Report_ShowsEveryItemWithItsChangeAndResult()
    {
        var page = await LoginAsync();
        await page.GotoAsync("/umbraco#/settings/dashboard/usync");
        await page.Locator("uui-box[data-group=All] uui-button[data-action=report]").ClickAsync();

        var result = page.Locator("[data-testid=usync-result]");
        await Expect(result).ToHaveAttributeAsync("data-state", "succeeded");
        var report = await fixture.Admin.GetAsync("/usync/report");
        var items = report["items"]!.AsArray();
        Assert.True(items.Count > 30);
        var rows = result.Locator("uui-table-row[data-file]");
        await Expect(rows).ToHaveCountAsync(Math.Min(items.Count, 100));
        var path = items.First(i => (string?)i!["name"] == "Software Engineer to MLOps Engineer")!;
        var row = result.Locator($"uui-table-row[data-file=\"{path["file"]!.GetValue<string>()}\"]");
        await Expect(row).ToContainTextAsync(path["type"]!.GetValue<string>());
        await Expect(row.Locator("[data-testid=result]")).ToHaveTextAsync("Success");
        await Expect(row).ToHaveAttributeAsync("data-change", path["change"]!.GetValue<string>());
        await Expect(result.Locator("[data-testid=usync-summary]")).ToContainTextAsync($"{items.Count} items");
        await Expect(result.Locator("[data-testid=usync-errors]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "23-usync-report");

        await result.Locator("uui-toggle[data-testid=usync-only-changes]").ClickAsync();
        var changes = items.Count(i => (string?)i!["change"] != "NoChange");
        await Expect(rows).ToHaveCountAsync(Math.Min(changes, 100));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task USync_ExportListsEveryItemWritten_AndABrokenFolderShowsItsErrorsClearly()
    {
        // A site of its own over a copy of the starter folder, so exporting writes nowhere near the repository.
        var folder = Directory.CreateTempSubdirectory("careercms-usync-").FullName;
        try
        {
            CopyFolder(Path.Combine(BrowserSite.RepositoryRoot, "uSync", "v17"), folder);
            await using var site = BrowserSite.Start(starterContent: true, new Dictionary<string, string?> { ["uSync:Settings:RootFolder"] = folder });
            using var admin = await ApiSession.InstallAsync(site.BaseUrl, "Admin", BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);
            var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
            var page = await context.NewPageAsync();
            await new Backoffice(page).LoginAsync(BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);
            await page.GotoAsync("/umbraco#/settings/dashboard/usync");
            var result = page.Locator("[data-testid=usync-result]");
            var rows = result.Locator("uui-table-row[data-file]");

            await page.Locator("uui-box[data-group=All] uui-button[data-action=export]").ClickAsync();
            await Expect(result).ToHaveAttributeAsync("data-state", "succeeded");
            await Expect(rows.First).ToBeVisibleAsync();
            Assert.True(await rows.CountAsync() > 30);
            var path = result.Locator("uui-table-row[data-change=Export]", new() { HasTextString = "Software Engineer to MLOps Engineer" });
            await Expect(path.Locator("[data-testid=result]")).ToHaveTextAsync("Success");
            Assert.True(File.Exists(Path.Combine(folder, (await path.GetAttributeAsync("data-file"))!)));
            await Expect(result.Locator("[data-testid=usync-summary]")).ToContainTextAsync("written to the uSync folder");

            await File.WriteAllTextAsync(Path.Combine(folder, "DataTypes", "broken.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<DataType Key=\"0d9c5a55-7d3c-4d8e-9d7a-1f0b4f3a9e11\" Alias=\"Broken\">\r\n  <Info>\r\n");
            await page.Locator("uui-box[data-group=All] uui-button[data-action=report]").ClickAsync();
            await Expect(result).ToHaveAttributeAsync("data-state", "failed");
            var errors = result.Locator("[data-testid=usync-errors]");
            await Expect(errors).ToHaveAttributeAsync("role", "alert");
            await Expect(errors).ToContainTextAsync("DataTypes/broken.config (line 4)");
            await BrowserFixture.ScreenshotAsync(page, "24-usync-errors");

            await page.Locator("uui-box[data-group=All] uui-button[data-action=import]").ClickAsync();
            await Expect(result).ToHaveAttributeAsync("data-state", "failed");
            await Expect(result).ToContainTextAsync("The uSync import failed");
            await Expect(errors).ToContainTextAsync("DataTypes/broken.config");
            await Expect(result.Locator("[data-testid=usync-summary]")).ToContainTextAsync("Nothing was imported because of 1 error");
            await context.CloseAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task PathCounts_ContentDashboard_ShowsTheCareersAndIndustries()
    {
        var page = await LoginAsync();
        var dashboard = page.Locator("careercms-path-count-dashboard");
        await Expect(page.Locator("uui-tab[data-dashboard=path-counts]")).ToHaveAttributeAsync("active", "");
        var counts = await fixture.Admin.GetAsync("/career-cms/path-counts");
        var mlops = counts["careers"]!.AsArray().First(c => (string?)c!["name"] == "MLOps Engineer")!;
        var row = dashboard.Locator("uui-table-row", new() { HasTextString = "MLOps Engineer" }).First;
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.Locator("uui-table-cell").Nth(2)).ToHaveTextAsync(mlops["transitionPathCount"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture));
        await Expect(dashboard.Locator(".figure strong").First).ToHaveTextAsync(counts["careerCount"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture));
        await BrowserFixture.ScreenshotAsync(page, "25-path-counts");

        await dashboard.Locator("uui-input input").FillAsync("mlops");
        await Expect(dashboard.Locator("uui-box[headline=Careers] uui-table-row")).ToHaveCountAsync(
            counts["careers"]!.AsArray().Count(c => c!["name"]!.GetValue<string>().Contains("MLOps", StringComparison.OrdinalIgnoreCase)
                || (c["industry"]?.GetValue<string>() ?? "").Contains("MLOps", StringComparison.OrdinalIgnoreCase)));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SkillGapView_SoftwareEngineerToMlops_ShowsReadinessLevelBarsAndTheRoadmap()
    {
        var page = await LoginAsync();
        var bo = new Backoffice(page);
        await bo.OpenAsync(SoftwareEngineerToMlopsPath);
        await bo.ViewAsync("ext:skill-gap");

        var analysis = await fixture.Admin.GetAsync($"/career-cms/transition-paths/{SoftwareEngineerToMlopsPath}/skill-gap");
        Assert.Equal(52.9, analysis["readiness"]!.GetValue<double>());
        var view = page.Locator("careercms-skill-gap-workspace-view");
        await Expect(view.Locator("[data-testid=readiness]")).ToHaveTextAsync("52.9%");
        await Expect(view.Locator("uui-box[data-testid=skill-gap-summary]")).ToHaveAttributeAsync("headline", "Software Engineer → MLOps Engineer");

        var gaps = analysis["gaps"]!.AsArray();
        var transferable = analysis["transferableSkills"]!.AsArray();
        await Expect(view.Locator(".skill-row[data-status=gap]")).ToHaveCountAsync(gaps.Count);
        await Expect(view.Locator(".skill-row[data-status=transfers]")).ToHaveCountAsync(transferable.Count);
        var largest = gaps[0]!;
        var largestRow = view.Locator($".skill-row[data-skill=\"{largest["skill"]!.GetValue<string>()}\"]");
        await Expect(largestRow).ToContainTextAsync(largest["name"]!.GetValue<string>());
        await Expect(largestRow.Locator("uui-progress-bar.current")).ToHaveAttributeAsync("aria-valuenow", largest["currentLevel"]!.ToJsonString());
        await Expect(largestRow.Locator("uui-progress-bar.required")).ToHaveAttributeAsync("aria-valuenow", largest["requiredLevel"]!.ToJsonString());
        await Expect(view.Locator("[data-testid=transferable-skills] uui-tag")).ToHaveCountAsync(transferable.Count);
        await Expect(view.Locator("[data-testid=effort-hours]")).ToHaveTextAsync(analysis["effort"]!["hours"]!.ToJsonString());

        await Expect(view.Locator("[data-testid=roadmap-editor] ol.phases > li")).ToHaveCountAsync(analysis["roadmap"]!["editor"]!.AsArray().Count);
        await Expect(view.Locator("[data-testid=roadmap-suggested] ol.phases > li")).ToHaveCountAsync(analysis["roadmap"]!["suggested"]!.AsArray().Count);
        await Expect(view.Locator("[data-testid=roadmap-editor] ol.phases > li").First).ToContainTextAsync(analysis["roadmap"]!["editor"]![0]!["title"]!.GetValue<string>());
        await BrowserFixture.ScreenshotAsync(page, "26-skill-gap");
        await view.Locator("[data-testid=roadmap]").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "27-skill-gap-roadmap");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> LoginAsync()
    {
        var page = await fixture.NewPageAsync();
        await new Backoffice(page).LoginAsync(BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);
        return page;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
