using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCms.Web.Search.Indexing;

namespace CareerCms.Web.Tests.Search;

[Collection(CareerSearchCollection.Name)]
public sealed class ExamineManagementApiTests(CareerSearchFixture fixture)
{
    private const string Api = ExamineManagementTestComposer.Prefix;

    [Fact]
    public async Task Indexers_ListEveryIndexWithHealthAndCounts()
    {
        var page = await fixture.GetJsonAsync<JsonElement>($"{Api}/indexer?skip=0&take=10");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(["DeliveryApiContentIndex", "ExternalIndex", "InternalIndex"], names);
        var external = page.GetProperty("items")[1];
        Assert.Equal("Healthy", external.GetProperty("healthStatus").GetProperty("status").GetString());
        Assert.True(external.GetProperty("canRebuild").GetBoolean());
        Assert.Equal("ExternalSearcher", external.GetProperty("searcherName").GetString());
        Assert.True(external.GetProperty("documentCount").GetInt64() > 30);
        Assert.True(external.GetProperty("fieldCount").GetInt32() > 20);
        Assert.True(external.GetProperty("providerProperties").GetProperty("publishedValuesOnly").GetBoolean());
    }

    [Fact]
    public async Task Indexers_PageWithSkipAndTake()
    {
        var page = await fixture.GetJsonAsync<JsonElement>($"{Api}/indexer?skip=1&take=1");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal("ExternalIndex", page.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Indexer_Unknown_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetAsync($"{Api}/indexer/NopeIndex")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Client.PostAsync($"{Api}/indexer/NopeIndex/rebuild", null)).StatusCode);
    }

    [Fact]
    public async Task Rebuild_RunsInTheBackgroundReportsProgressAndRefusesASecondOne()
    {
        var before = await fixture.GetJsonAsync<JsonElement>($"{Api}/indexer/InternalIndex");

        var first = await fixture.Client.PostAsync($"{Api}/indexer/InternalIndex/rebuild", null);
        var second = await fixture.Client.PostAsync($"{Api}/indexer/InternalIndex/rebuild", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(second.StatusCode, (HttpStatusCode[])[HttpStatusCode.Conflict, HttpStatusCode.OK]); // OK only if the first already finished
        JsonElement progress;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            progress = await fixture.GetJsonAsync<JsonElement>($"{Api}/indexer/InternalIndex/rebuild-progress");
            await Task.Delay(50);
        }
        while (progress.GetProperty("isRebuilding").GetBoolean() && DateTime.UtcNow < deadline);

        await fixture.WaitForIndexingAsync();
        var after = await fixture.GetJsonAsync<JsonElement>($"{Api}/indexer/InternalIndex");
        Assert.Equal(before.GetProperty("documentCount").GetInt64(), after.GetProperty("documentCount").GetInt64());
        Assert.Equal(progress.GetProperty("total").GetInt64(), progress.GetProperty("done").GetInt64());
        Assert.Equal("Healthy", after.GetProperty("healthStatus").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Searchers_ListOnePerIndex()
    {
        var page = await fixture.GetJsonAsync<JsonElement>($"{Api}/searcher");

        Assert.Equal(["DeliveryApiContentSearcher", "ExternalSearcher", "InternalSearcher"],
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList());
    }

    [Fact]
    public async Task Query_RunsLuceneSyntaxAndReturnsEveryField()
    {
        var page = await fixture.GetJsonAsync<JsonElement>($"{Api}/searcher/ExternalSearcher/query?term={Uri.EscapeDataString("__NodeTypeAlias:career AND nodeName:welder")}&take=100");

        Assert.True(page.GetProperty("total").GetInt64() >= 2);
        var first = page.GetProperty("items")[0];
        var fields = first.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("values"));
        Assert.Equal(fields.Count, first.GetProperty("fieldCount").GetInt32());
        foreach (var name in (string[])["__NodeId", "__Key", "nodeName", "__NodeTypeAlias", "__Path", "__Published", "parentID", "level", "sortOrder", "createDate", "updateDate", "icon", "path", "summary", "industry"])
        {
            Assert.True(fields.ContainsKey(name), name);
        }
    }

    [Fact]
    public async Task Query_PagesWithoutHiddenCaps()
    {
        var all = await fixture.GetJsonAsync<JsonElement>($"{Api}/searcher/InternalSearcher/query?term=__IndexType:content&take=1000");
        var total = all.GetProperty("total").GetInt64();

        var last = await fixture.GetJsonAsync<JsonElement>($"{Api}/searcher/InternalSearcher/query?term=__IndexType:content&skip={total - 1}&take=5");

        Assert.Equal(total, all.GetProperty("items").GetArrayLength());
        Assert.Equal(1, last.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("nodeName:(")]
    [InlineData("\"unbalanced")]
    [InlineData("*leading")]
    [InlineData("level:[a TO b]")]
    [InlineData("/[/")]
    public async Task Query_WithInvalidSyntax_Is400ProblemDetails(string term)
    {
        var response = await fixture.GetAsync($"{Api}/searcher/ExternalSearcher/query?term={Uri.EscapeDataString(term)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Query_UnknownSearcher_Is404_NegativePaging_Is400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetAsync($"{Api}/searcher/Nope/query?term=a")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.GetAsync($"{Api}/searcher/ExternalSearcher/query?term=a&skip=-1")).StatusCode);
    }

    [Fact]
    public async Task Health_IsReportedPerIndexFromTheSyncState()
    {
        var state = fixture.Site.Get<ContentIndexSync>().GetState(ContentIndexNames.External)!;
        var model = await fixture.Client.GetFromJsonAsync<JsonElement>($"{Api}/indexer/ExternalIndex");

        Assert.Equal(state.WrittenCheckpoint, model.GetProperty("providerProperties").GetProperty("checkpoint").GetInt32());
    }
}
