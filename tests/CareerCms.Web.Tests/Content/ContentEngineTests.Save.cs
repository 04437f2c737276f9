using CareerCms.Web.Content.Services;

namespace CareerCms.Web.Tests.Content;

public abstract partial class ContentEngineTests
{
    [Fact]
    public async Task Save_WhenNew_CreatesDocumentWithVersionAndAudit()
    {
        var folder = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "First Post", folder, count: "3");

        var stored = await Query.GetAsync(page);
        Assert.NotNull(stored);
        Assert.Equal("first-post", stored.UrlSegment);
        Assert.Equal(2, stored.Level);
        Assert.Equal("3", stored.Values["count"]);
        Assert.False(stored.Published);
        Assert.Single(await Query.GetVersionsAsync(page));
        Assert.Contains(await Query.GetHistoryAsync(page), e => e.Action == "Save");
    }

    [Fact]
    public async Task Save_WhenSiblingHasSameName_AppendsNumber()
    {
        var folder = await CreateAsync("folder", "News");
        await CreateAsync("page", "Post", folder);
        var second = await CreateAsync("page", "Post", folder);

        var stored = await Query.GetAsync(second);
        Assert.Equal("Post (1)", stored!.Name);
        Assert.Equal("post-1", stored.UrlSegment);
    }

    [Fact]
    public async Task Save_WhenMandatoryMissingOrOutOfRange_FailsPerFieldAndWritesNothing()
    {
        var folder = await CreateAsync("folder", "News");
        var before = (await Query.GetAllAsync()).Count;

        var result = await Editing.SaveAsync(
            new DocumentSaveRequest
            {
                ParentKey = folder, ContentTypeAlias = "page", Name = "Bad",
                Values = new Dictionary<string, string?> { ["title"] = "", ["count"] = "11" },
            },
            -1);

        Assert.Equal(ContentOperationStatus.ValidationFailed, result.Status);
        Assert.Contains(result.ValidationErrors!, e => e.Alias == "title" && e.Message.Contains("required", StringComparison.Ordinal));
        Assert.Contains(result.ValidationErrors!, e => e.Alias == "count" && e.Message.Contains("between 0 and 10", StringComparison.Ordinal));
        Assert.Equal(before, (await Query.GetAllAsync()).Count);
    }

    [Fact]
    public async Task Save_WhenTypeNotAllowedUnderParent_IsRefused()
    {
        var folder = await CreateAsync("folder", "News");
        var result = await Editing.SaveAsync(new DocumentSaveRequest { ParentKey = folder, ContentTypeAlias = "folder", Name = "Nested" }, -1);
        Assert.Equal(ContentOperationStatus.ContentTypeNotAllowed, result.Status);

        var atRoot = await Editing.SaveAsync(new DocumentSaveRequest { ContentTypeAlias = "page", Name = "Loose", Values = new Dictionary<string, string?> { ["title"] = "x" } }, -1);
        Assert.Equal(ContentOperationStatus.ContentTypeNotAllowed, atRoot.Status);
    }

    [Fact]
    public async Task Save_WhenBasedOnOutdatedVersion_IsRefusedWithConflict()
    {
        var folder = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", folder);
        var opened = (await Query.GetAsync(page))!.DraftVersionId;

        var first = await Editing.SaveAsync(
            new DocumentSaveRequest { Key = page, Name = "Post", Values = new Dictionary<string, string?> { ["title"] = "Editor A" }, ExpectedDraftVersionId = opened }, -1);
        var second = await Editing.SaveAsync(
            new DocumentSaveRequest { Key = page, Name = "Post", Values = new Dictionary<string, string?> { ["title"] = "Editor B" }, ExpectedDraftVersionId = opened }, -1);

        Assert.True(first.Succeeded);
        Assert.Equal(ContentOperationStatus.ConcurrencyConflict, second.Status);
        Assert.Equal("Editor A", (await Query.GetAsync(page))!.Values["title"]);
    }

    [Fact]
    public async Task Rollback_RestoresOldValuesAsNewDraft()
    {
        var folder = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", folder, title: "Original");
        var firstVersion = (await Query.GetAsync(page))!.DraftVersionId;
        await Editing.SaveAsync(new DocumentSaveRequest { Key = page, Name = "Post", Values = new Dictionary<string, string?> { ["title"] = "Changed" } }, -1);

        var result = await Editing.RollbackAsync(page, firstVersion, -1);

        Assert.True(result.Succeeded);
        Assert.Equal("Original", result.Document!.Values["title"]);
        Assert.Equal(3, (await Query.GetVersionsAsync(page)).Count);
        Assert.Contains(await Query.GetHistoryAsync(page), e => e.Action == "RollBack");
    }
}
