using CareerCms.Search.Tests.TestSupport;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Indexing;

public sealed class LuceneIndexRoundTripTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Create();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task IndexItems_WhenWaitedForChanges_ItemIsSearchableBeforeAnyCommit()
    {
        _index.Index.IndexItems([Career("1", "MLOps Engineer", 120_000)]);

        await _index.Index.WaitForChangesAsync();

        var hit = Assert.Single(_index.Searcher.CreateQuery().Field("nodeName", "mlops").Execute(0, 10).Items);
        Assert.Equal("1", hit.Id);
        Assert.Equal("MLOps Engineer", hit.Values["nodeName"]);
        Assert.Equal("120000", hit.Values["salary"]);
        Assert.Equal("content", hit.Values["__IndexType"]);
        Assert.Equal("career", hit.Values["__NodeTypeAlias"]);
    }

    [Fact]
    public async Task IndexItems_WhenSameIdIndexedAgain_DocumentIsReplaced()
    {
        await _index.IndexAsync(Career("1", "Data Analyst"));

        await _index.IndexAsync(Career("1", "Data Scientist"));

        var hit = Assert.Single(_index.All().Items);
        Assert.Equal("Data Scientist", hit.Values["nodeName"]);
        Assert.Equal(1, _index.Index.GetDocumentCount());
    }

    [Fact]
    public async Task DeleteFromIndex_WhenWaitedForChanges_DocumentIsGone()
    {
        await _index.IndexAsync(Career("1", "Data Analyst"), Career("2", "Data Engineer"));

        _index.Index.DeleteFromIndex(["1"]);
        await _index.Index.WaitForChangesAsync();

        Assert.Equal(["2"], _index.All().Items.Select(hit => hit.Id));
    }

    [Fact]
    public async Task CreateIndex_WhenIndexHasDocuments_LeavesItEmpty()
    {
        await _index.IndexAsync(Numbered(5));

        _index.Index.CreateIndex();
        await _index.Index.WaitForChangesAsync();

        Assert.Equal(0, _index.Index.GetDocumentCount());
        Assert.Equal(0, _index.All().TotalItemCount);
    }

    [Fact]
    public async Task IndexItems_WhenFieldHasSeveralValues_ResultKeepsAllInOrder()
    {
        await _index.IndexAsync(Career("1", "Cloud Architect", extra: [new("skills", new[] { "aws", "terraform", "kubernetes" })]));

        var hit = Assert.Single(_index.Searcher.CreateQuery().Field("skills", "terraform").Execute(0, 10).Items);

        Assert.Equal(["aws", "terraform", "kubernetes"], hit.AllValues["skills"]);
        Assert.Equal("aws", hit.Values["skills"]);
    }

    [Fact]
    public async Task GetFieldNames_WhenDocumentsIndexed_IncludesReservedAndSortFields()
    {
        await _index.IndexAsync(Career("1", "Platform Engineer", 1));

        var names = _index.Index.GetFieldNames();

        Assert.Contains("__NodeId", names);
        Assert.Contains("__IndexType", names);
        Assert.Contains("__NodeTypeAlias", names);
        Assert.Contains("__Sort_nodeName", names);
        Assert.Contains("salary", names);
    }

    [Fact]
    public async Task Searcher_WhenIndexNamedWithIndexSuffix_IsNamedAfterIt()
    {
        using var external = TestIndex.Create(name: "ExternalIndex");
        await external.IndexAsync(Career("1", "x"));

        Assert.Equal("ExternalSearcher", external.Searcher.Name);
        Assert.Equal("TestSearcher", _index.Searcher.Name);
    }
}
