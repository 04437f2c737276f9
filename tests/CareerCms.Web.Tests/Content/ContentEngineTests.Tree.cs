using CareerCms.Web.Content.Services;

namespace CareerCms.Web.Tests.Content;

public abstract partial class ContentEngineTests
{
    [Fact]
    public async Task Move_UpdatesPathAndLevelOfTheWholeBranch()
    {
        var news = await CreateAsync("folder", "News");
        var blog = await CreateAsync("folder", "Blog");
        var page = await CreateAsync("page", "Post", news);
        var child = await CreateAsync("page", "Comment", page);
        var grandchild = await CreateAsync("page", "Reply", child);

        var result = await Structure.MoveAsync(child, blog, -1);

        Assert.True(result.Succeeded);
        var blogDoc = await Query.GetAsync(blog);
        var moved = await Query.GetAsync(child);
        var movedGrandchild = await Query.GetAsync(grandchild);
        Assert.Equal(blogDoc!.Id, moved!.ParentId);
        Assert.Equal(2, moved.Level);
        Assert.Equal($"{blogDoc.Path},{moved.Id}", moved.Path);
        Assert.Equal($"{moved.Path},{movedGrandchild!.Id}", movedGrandchild.Path);
        Assert.Equal(3, movedGrandchild.Level);
    }

    [Fact]
    public async Task Move_BelowItself_IsRefused()
    {
        var news = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", news);
        var child = await CreateAsync("page", "Comment", page);

        var result = await Structure.MoveAsync(page, child, -1);

        Assert.Equal(ContentOperationStatus.InvalidMove, result.Status);
    }

    [Fact]
    public async Task Copy_WithDescendants_CreatesUnpublishedCopiesWithNewKeys()
    {
        var news = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", news, title: "Copied title");
        await CreateAsync("page", "Comment", page);
        await PublishAsync(news, descendants: true, unpublished: true);

        var result = await Structure.CopyAsync(page, news, includeDescendants: true, -1);

        Assert.True(result.Succeeded);
        var copy = result.Document!;
        Assert.NotEqual(page, copy.Key);
        Assert.Equal("Post (1)", copy.Name);
        Assert.False(copy.Published);
        Assert.Equal("Copied title", copy.Values["title"]);
        Assert.Single(await Query.GetChildrenAsync(copy.Key));
    }

    [Fact]
    public async Task Sort_SetsTheGivenOrder()
    {
        var news = await CreateAsync("folder", "News");
        var a = await CreateAsync("page", "A", news);
        var b = await CreateAsync("page", "B", news);
        var c = await CreateAsync("page", "C", news);

        var result = await Structure.SortAsync(news, [c, a, b], -1);

        Assert.True(result.Succeeded);
        Assert.Equal([c, a, b], (await Query.GetChildrenAsync(news)).Select(d => d.Key));
    }

    [Fact]
    public async Task Trash_ThenRestore_ReturnsBranchToOriginalParentUnpublished()
    {
        var news = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", news);
        var child = await CreateAsync("page", "Comment", page);
        await PublishAsync(news, descendants: true, unpublished: true);
        var originalPath = (await Query.GetAsync(child))!.Path;

        var trashed = await RecycleBin.TrashAsync(page, -1);
        Assert.True(trashed.Succeeded);
        Assert.True((await Query.GetAsync(child))!.Trashed);
        Assert.StartsWith("-1,-20,", (await Query.GetAsync(child))!.Path, StringComparison.Ordinal);
        Assert.Null(Published.Get(page));
        Assert.Single(await Query.GetRecycleBinAsync());

        var restored = await RecycleBin.RestoreAsync(page, null, -1);

        Assert.True(restored.Succeeded);
        var restoredChild = await Query.GetAsync(child);
        Assert.False(restoredChild!.Trashed);
        Assert.Equal(originalPath, restoredChild.Path);
        Assert.False(restoredChild.Published);
        Assert.Empty(await Query.GetRecycleBinAsync());
    }

    [Fact]
    public async Task EmptyRecycleBin_DeletesTrashedBranchesPermanently()
    {
        var news = await CreateAsync("folder", "News");
        var page = await CreateAsync("page", "Post", news);
        await CreateAsync("page", "Comment", page);
        await RecycleBin.TrashAsync(page, -1);

        var result = await RecycleBin.EmptyAsync(-1);

        Assert.True(result.Succeeded);
        Assert.Single(await Query.GetAllAsync());
        Assert.Contains(await Query.GetHistoryAsync(page), e => e.Action == "Delete");
    }
}
