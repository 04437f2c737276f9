using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerCms.Browser.Tests;

/// <summary>What an editor does in the backoffice, as Playwright steps (the selectors the UI exposes for this).</summary>
public sealed class Backoffice(IPage page)
{
    public IPage Page => page;

    public async Task LoginAsync(string email, string password)
    {
        await page.GotoAsync("/umbraco");
        await page.Locator("uui-input[name=username] input").FillAsync(email);
        await page.Locator("uui-input[name=password] input").FillAsync(password);
        await page.Locator("uui-button[label=Login]").ClickAsync();
        await Expect(page.Locator(".bo-header")).ToBeVisibleAsync();
    }

    public ILocator TreeNode(string name) => page.Locator($".tree-node[data-name=\"{name}\"]").First;

    public async Task ExpandAsync(string name)
    {
        var caret = TreeNode(name).Locator(":scope > .tree-row > .tree-caret");
        if (await caret.GetAttributeAsync("aria-expanded") != "true")
        {
            await caret.ClickAsync();
        }

        await Expect(TreeNode(name).Locator(":scope > .tree-children")).ToBeVisibleAsync();
    }

    public async Task CreateUnderAsync(string parentName, string typeAlias)
    {
        await TreeNode(parentName).Locator(":scope > .tree-row").HoverAsync();
        await TreeNode(parentName).Locator(":scope > .tree-row .tree-action-create").ClickAsync();
        await page.Locator($"[data-testid=create-dialog] .create-type[data-type={typeAlias}]").ClickAsync();
        await Expect(page.Locator("[data-testid=workspace][data-document=new]")).ToBeVisibleAsync();
    }

    public async Task OpenAsync(string id, string view = "content")
    {
        await page.GotoAsync($"/umbraco#/content/edit/{id}/{view}");
        await Expect(page.Locator($"[data-testid=workspace][data-document=\"{id}\"]")).ToBeVisibleAsync();
    }

    public ILocator Property(string alias) => page.Locator($".property[data-alias=\"{alias}\"]");

    public ILocator Error(string alias) => Property(alias).Locator(":scope > .property-editor > .property-error");

    public async Task TabAsync(string tabAlias) => await page.Locator($"uui-tab[data-tab=\"{tabAlias}\"]").ClickAsync();

    public async Task ViewAsync(string view) => await page.Locator($"uui-tab[data-view=\"{view}\"]").ClickAsync();

    public Task NameAsync(string name) => page.Locator("uui-input[data-testid=document-name] input").FillAsync(name);

    public Task FillAsync(string alias, string value) => Property(alias).Locator("input, textarea").First.FillAsync(value);

    public Task SelectAsync(string alias, string value) => Property(alias).Locator("select").SelectOptionAsync(value);

    public async Task RichTextAsync(string alias, string text)
    {
        var area = Property(alias).Locator(".rte-area");
        await area.ClickAsync();
        await area.PressSequentiallyAsync(text);
    }

    public async Task PickAsync(string alias, string search)
    {
        await page.Locator($"[data-testid=choose-{alias}]").ClickAsync();
        await page.Locator("uui-input[data-testid=picker-search] input").FillAsync(search);
        await page.Locator("[data-testid=picker-dialog] .picker-result").First.ClickAsync();
        await Expect(page.Locator("[data-testid=picker-dialog]")).ToHaveCountAsync(0);
    }

    public async Task RemovePickedAsync(string alias) =>
        await Property(alias).Locator(".picker-item uui-button[label=Remove]").First.ClickAsync();

    public Task SaveAsync() => page.Locator("uui-button[data-testid=save]").ClickAsync();

    public Task SaveAndPublishAsync() => page.Locator("uui-button[data-testid=save-and-publish]").ClickAsync();

    public async Task ExpectToastAsync(string text) =>
        await Expect(page.Locator("uui-toast-notification").Filter(new() { HasText = text }).Last).ToBeVisibleAsync();

    public async Task<string> CurrentIdAsync()
    {
        await Expect(page).ToHaveURLAsync(new Regex("#/content/edit/[0-9a-f-]{36}"));
        return Regex.Match(page.Url, "#/content/edit/([0-9a-f-]{36})").Groups[1].Value;
    }

    public async Task EntityActionAsync(string action)
    {
        await page.Locator("uui-button[data-testid=workspace-actions]").ClickAsync();
        await page.Locator($"[data-testid=actions-dialog] .entity-action[data-action=\"{action}\"]").ClickAsync();
    }

    public Task DialogActionAsync(string label) => page.Locator($"dialog[open] uui-button[data-action=\"{label}\"]").ClickAsync();
}
