using CareerCms.Search.Indexing;
using CareerCms.Search.Registration;
using CareerCms.Web.Content.Services;
using CareerCms.Web.Search.Careers;
using CareerCms.Web.Search.Indexing;
using CareerCms.Web.Tests.Infrastructure;
using CareerCms.Web.Tests.Sync;

namespace CareerCms.Web.Tests.Search;

/// <summary>
/// ExternalIndex (routable published content), InternalIndex (everything) and the career search agree with the
/// database after every tree operation; each test starts its own site from the starter content, once per engine.
/// </summary>
public abstract class ContentIndexConsistencyTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private CareerCmsSite _site = null!;

    public async Task InitializeAsync() => _site = await CareerCmsSite.StartAsync(kind, uSyncFolder: StarterFolder.Path);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Save_WithoutPublishing_IsInInternalOnly()
    {
        var key = await CareerContent.CareerAsync(_site, "Draft Diver", publish: false);

        await WaitAsync();

        var internalDoc = await FindAsync(ContentIndexNames.Internal, key);
        Assert.NotNull(internalDoc);
        Assert.Equal("n", internalDoc.GetValue("__Published"));
        Assert.Null(await FindAsync(ContentIndexNames.External, key));
        Assert.False(await FoundAsync("draft diver"));
    }

    [Fact]
    public async Task Publish_ThenSaveDraft_ExternalKeepsPublishedValuesInternalShowsDraft()
    {
        var key = await CareerContent.CareerAsync(_site, "Tree Surgeon", summary: "Cares for trees.");
        var draft = (await _site.Get<ContentQueryService>().GetAsync(key))!.Values.ToDictionary(p => p.Key, p => p.Value);
        draft["summary"] = "Draft words about hedges.";
        var saved = await _site.Get<ContentEditingService>().SaveAsync(new DocumentSaveRequest { Key = key, Name = "Tree Surgeon", Values = draft }, -1);
        Assert.True(saved.Succeeded, CareerContent.Describe(saved));

        await WaitAsync();

        Assert.Equal("Cares for trees.", (await FindAsync(ContentIndexNames.External, key))!.GetValue("summary"));
        Assert.Equal("Draft words about hedges.", (await FindAsync(ContentIndexNames.Internal, key))!.GetValue("summary"));
        Assert.True(await FoundAsync("tree surgeon"));
        Assert.False(await FoundAsync("hedges"));
    }

    [Fact]
    public async Task Unpublish_RemovesTheBranchFromExternalAndSearch()
    {
        var career = await CareerContent.CareerAsync(_site, "Glass Blower");
        var path = await CareerContent.PathAsync(_site, career, CareerContent.CareersRoot == Guid.Empty ? career : await AnyCareerAsync(), "Potter to Glass Blower", "Shape glass");
        await WaitAsync();
        Assert.True(await FoundAsync("glass blower"));

        Assert.True((await _site.Get<ContentPublishingService>().UnpublishAsync(career, -1)).Succeeded);
        await WaitAsync();

        Assert.Null(await FindAsync(ContentIndexNames.External, career));
        Assert.Null(await FindAsync(ContentIndexNames.External, path));
        Assert.Equal("n", (await FindAsync(ContentIndexNames.Internal, career))!.GetValue("__Published"));
        Assert.NotNull(await FindAsync(ContentIndexNames.Internal, path));
        Assert.False(await FoundAsync("glass blower"));
    }

    [Fact]
    public async Task TrashAndRestore_MoveTheBranchInAndOutOfTheRecycleBin()
    {
        var career = await CareerContent.CareerAsync(_site, "Lighthouse Keeper");
        var path = await CareerContent.PathAsync(_site, career, await AnyCareerAsync(), "Sailor to Lighthouse Keeper", "Keep the light on");
        await WaitAsync();

        Assert.True((await _site.Get<ContentRecycleBinService>().TrashAsync(career, -1)).Succeeded);
        await WaitAsync();

        Assert.Null(await FindAsync(ContentIndexNames.External, career));
        Assert.Null(await FindAsync(ContentIndexNames.External, path));
        Assert.Contains(",-20,", (await FindAsync(ContentIndexNames.Internal, path))!.GetValue("__Path"), StringComparison.Ordinal);
        Assert.False(await FoundAsync("lighthouse keeper"));

        Assert.True((await _site.Get<ContentRecycleBinService>().RestoreAsync(career, null, -1)).Succeeded);
        await WaitAsync();

        var restored = (await FindAsync(ContentIndexNames.Internal, path))!;
        Assert.DoesNotContain(",-20,", restored.GetValue("__Path"), StringComparison.Ordinal);
        Assert.Null(await FindAsync(ContentIndexNames.External, career)); // restored items come back unpublished

        await CareerContent.PublishAsync(_site, career, descendants: true);
        await WaitAsync();
        Assert.NotNull(await FindAsync(ContentIndexNames.External, path));
        Assert.True(await FoundAsync("lighthouse keeper"));
    }

    [Fact]
    public async Task Move_UpdatesPathsAndRoutesOfTheBranch()
    {
        var target = await CareerContent.CareerAsync(_site, "Bee Keeper");
        var other = await CareerContent.CareerAsync(_site, "Honey Taster");
        var path = await CareerContent.PathAsync(_site, target, other, "Farmer to Bee Keeper", "Buzz into beekeeping");
        await WaitAsync();
        var otherDoc = (await _site.Get<ContentQueryService>().GetAsync(other))!;

        Assert.True((await _site.Get<ContentStructureService>().MoveAsync(path, other, -1)).Succeeded);
        await WaitAsync();

        var moved = (await FindAsync(ContentIndexNames.External, path))!;
        Assert.Equal(otherDoc.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), moved.GetValue("parentID"));
        Assert.StartsWith(otherDoc.Path + ",", moved.GetValue("__Path"), StringComparison.Ordinal);
        Assert.Equal("/honey-taster/farmer-to-bee-keeper/", moved.GetValue("search_route"));
        Assert.Equal("0", (await FindAsync(ContentIndexNames.External, target))!.GetValue("search_pathCount"));
        Assert.Equal("1", (await FindAsync(ContentIndexNames.External, other))!.GetValue("search_pathCount"));
        var hit = (await SearchAsync("farmer to bee keeper")).Hits.First();
        Assert.Equal("/honey-taster/farmer-to-bee-keeper/", hit.Route);
    }

    [Fact]
    public async Task Delete_RemovesTheItemAndItsDescendantsFromBothIndexes()
    {
        var career = await CareerContent.CareerAsync(_site, "Chimney Sweep");
        var path = await CareerContent.PathAsync(_site, career, await AnyCareerAsync(), "Roofer to Chimney Sweep", "Up the chimney");
        Assert.True((await _site.Get<ContentRecycleBinService>().TrashAsync(career, -1)).Succeeded);
        await WaitAsync();
        Assert.NotNull(await FindAsync(ContentIndexNames.Internal, career));
        Assert.NotNull(await FindAsync(ContentIndexNames.Internal, path));

        Assert.True((await _site.Get<ContentRecycleBinService>().DeleteAsync(career, -1)).Succeeded);
        await WaitAsync();

        foreach (var index in ContentIndexNames.All)
        {
            Assert.Null(await FindAsync(index, career, knownId: true));
            Assert.Null(await FindAsync(index, path, knownId: true));
        }
    }

    [Fact]
    public async Task PublishPath_UpdatesItsCareersPathCountTieBreak()
    {
        var career = await CareerContent.CareerAsync(_site, "Clock Maker");
        await WaitAsync();
        Assert.Equal("0", (await FindAsync(ContentIndexNames.External, career))!.GetValue("search_pathCount"));

        var path = await CareerContent.PathAsync(_site, career, await AnyCareerAsync(), "Jeweller to Clock Maker", "Tick tock", engagement: 40);
        await WaitAsync();
        Assert.Equal("1", (await FindAsync(ContentIndexNames.External, career))!.GetValue("search_pathCount"));
        Assert.Equal("40", (await FindAsync(ContentIndexNames.External, career))!.GetValue("search_engagement"));

        Assert.True((await _site.Get<ContentPublishingService>().UnpublishAsync(path, -1)).Succeeded);
        await WaitAsync();
        Assert.Equal("0", (await FindAsync(ContentIndexNames.External, career))!.GetValue("search_pathCount"));
    }

    [Fact]
    public async Task Indexes_MatchTheDatabaseAfterAMixOfOperations()
    {
        var a = await CareerContent.CareerAsync(_site, "Mix Alpha");
        var b = await CareerContent.CareerAsync(_site, "Mix Beta", publish: false);
        var c = await CareerContent.CareerAsync(_site, "Mix Gamma");
        await CareerContent.PathAsync(_site, a, c, "Gamma to Alpha", "Mixing");
        await _site.Get<ContentPublishingService>().UnpublishAsync(c, -1);
        await _site.Get<ContentRecycleBinService>().TrashAsync(a, -1);
        await CareerContent.PublishAsync(_site, b);
        await WaitAsync();

        var all = await _site.Get<ContentQueryService>().GetAllAsync();
        var byId = all.ToDictionary(d => d.Id);
        var routable = all.Where(d => d is { Published: true, Trashed: false } && d.AncestorIds.All(id => byId[id] is { Published: true, Trashed: false }))
            .Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
        Assert.Equal(routable, Ids(ContentIndexNames.External));
        Assert.Equal(all.Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray(), Ids(ContentIndexNames.Internal));
    }

    private string[] Ids(string indexName)
    {
        _site.Get<IndexRegistry>().TryGetIndex(indexName, out var index);
        return index!.Searcher.CreateQuery("content").Execute(0, 100_000).Items.Select(r => r.Id).Order().ToArray();
    }

    private async Task<Guid> AnyCareerAsync() =>
        (await _site.Get<ContentQueryService>().GetAllAsync()).First(d => d.ContentTypeAlias == "career" && d.Published).Key;

    private Task WaitAsync() => CareerSearchFixture.WaitForIndexingAsync(_site);

    private readonly Dictionary<Guid, int> _ids = [];

    private async Task<CareerCms.Search.Searching.SearchResult?> FindAsync(string indexName, Guid key, bool knownId = false)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            Assert.False(knownId, "Look the item up once before deleting it.");
            id = (await _site.Get<ContentQueryService>().GetAsync(key))!.Id;
            _ids[key] = id;
        }

        _site.Get<IndexRegistry>().TryGetIndex(indexName, out LuceneIndex? index);
        return index!.Searcher.CreateQuery().Id(id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Execute(0, 1).Items.SingleOrDefault();
    }

    private async Task<CareerSearchResponse> SearchAsync(string text)
    {
        var result = await _site.Get<CareerSearchService>().SearchAsync(new CareerSearchRequest { Query = text + " ", PageSize = 50 });
        return result.Response!;
    }

    private async Task<bool> FoundAsync(string text)
    {
        var response = await SearchAsync(text);
        return response.Hits.Any(h => string.Equals(h.Name, System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text), StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class ContentIndexConsistencySqliteTests() : ContentIndexConsistencyTests(TestDatabaseKind.Sqlite);

public sealed class ContentIndexConsistencyPostgreSqlTests() : ContentIndexConsistencyTests(TestDatabaseKind.PostgreSql);
