using CareerCms.Web.Content.Services;

namespace CareerCms.Web.Tests.Content;

public abstract partial class ContentEngineTests
{
    [Fact]
    public async Task Publish_ThenSave_KeepsPublishedValuesAndMarksEdited()
    {
        var folder = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", folder, title: "Live title");
        await PublishAsync(folder);
        await PublishAsync(page);

        await Editing.SaveAsync(new DocumentSaveRequest { Key = page, Name = "Post", Values = new Dictionary<string, string?> { ["title"] = "Draft title" } }, -1);

        var stored = await Query.GetAsync(page);
        Assert.True(stored!.Published);
        Assert.True(stored.Edited);
        Assert.Equal("Draft title", stored.Values["title"]);
        Assert.Equal("Live title", Published.Get(page)!.Values["title"]);
    }

    [Fact]
    public async Task Publish_WhenParentNotPublished_IsRefused()
    {
        var folder = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", folder);

        var result = await Publishing.PublishAsync(page, -1);

        Assert.Equal(ContentOperationStatus.PathNotPublished, result.Status);
    }

    [Fact]
    public async Task PublishWithDescendants_WhenIncludingUnpublished_PublishesWholeBranch()
    {
        var folder = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", folder);
        var child = await CreateAsync("page", "Comment", page);

        await PublishAsync(folder, descendants: true, unpublished: true);

        Assert.NotNull(Published.Get(page));
        Assert.NotNull(Published.Get(child));
        Assert.Equal([folder, page], Published.Get(child)!.AncestorKeys);
    }

    [Fact]
    public async Task Unpublish_RemovesBranchFromPublishedCache()
    {
        var folder = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", folder);
        await PublishAsync(folder, descendants: true, unpublished: true);

        var result = await Publishing.UnpublishAsync(folder, -1);

        Assert.True(result.Succeeded);
        Assert.Null(Published.Get(folder));
        Assert.Null(Published.Get(page));
        Assert.True((await Query.GetAsync(page))!.Published); // still published itself, just not routable
    }

    [Fact]
    public async Task Publish_NotifiesHandlersWithCoreContentAfterCommit()
    {
        var folder = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", folder, title: "Hello", count: "7");
        await PublishAsync(folder);
        await PublishAsync(page);

        var content = Recorder.Published.Last(c => c.Key == page);
        Assert.Equal("page", content.ContentType.Alias);
        Assert.Equal("Post", content.Name);
        Assert.True(content.Published);
        Assert.Equal(7, content.GetValue<int>("count", published: true));
        Assert.Equal("Hello", content.GetValue<string>("title", published: true));
        var folderDoc = await Query.GetAsync(folder);
        Assert.Equal(folderDoc!.Id, content.ParentId);
        Assert.Contains(Recorder.Saved, c => c.Key == page);
    }
}
