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
    public async Task IndexItems_WhenOneBatchHasDifferentValuesPerDocument_EachDocumentKeepsItsOwn()
    {
        // Untokenized fields are reused from one document to the next: no value may leak into another document.
        await _index.IndexAsync(
            Career("1", "Welder", 100, extra: [new(TestFields.Culture, new[] { "en-GB", "da-DK", "fr-FR" }), new(TestFields.Level, new[] { 1, 2 })]),
            Career("2", "Cook", 200, extra: [new(TestFields.Culture, "nl-NL"), new(TestFields.Level, 7)]),
            Career("3", "Nurse", 300));

        var byId = _index.All().Items.ToDictionary(hit => hit.Id);

        Assert.Equal(["en-GB", "da-DK", "fr-FR"], byId["1"].AllValues[TestFields.Culture]);
        Assert.Equal(["1", "2"], byId["1"].AllValues[TestFields.Level]);
        Assert.Equal(["nl-NL"], byId["2"].AllValues[TestFields.Culture]);
        Assert.Equal(["7"], byId["2"].AllValues[TestFields.Level]);
        Assert.False(byId["3"].AllValues.ContainsKey(TestFields.Culture));
        Assert.Equal(["100", "200", "300"], byId.Values.OrderBy(hit => hit.Id).Select(hit => hit.Values[TestFields.Salary]));
        Assert.Equal(["1"], _index.Searcher.CreateQuery().Field(TestFields.Culture, "fr-FR").Execute(0, 10).Items.Select(hit => hit.Id));
        Assert.Equal(["2"], _index.Searcher.CreateQuery().Field(TestFields.Culture, "nl-NL").Execute(0, 10).Items.Select(hit => hit.Id));
        Assert.Equal(["2"], _index.Searcher.CreateQuery().RangeQuery<int>([TestFields.Salary], 150, 250).Execute(0, 10).Items.Select(hit => hit.Id));
        Assert.Equal(["1"], _index.Searcher.CreateQuery().RangeQuery<int>([TestFields.Level], 2, 2).Execute(0, 10).Items.Select(hit => hit.Id));
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
