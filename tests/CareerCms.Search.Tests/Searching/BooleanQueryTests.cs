using CareerCms.Search.Searching;
using CareerCms.Search.Tests.TestSupport;
using static CareerCms.Search.Tests.Searching.FieldTypeQueryTests;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Searching;

public sealed class BooleanQueryTests : IAsyncLifetime
{
    private readonly TestIndex _index = TestIndex.Create();

    public Task InitializeAsync() => _index.IndexAsync(
        Career("1", "Data Analyst", 60_000, extra: [new("industry", "finance")]),
        Career("2", "Data Engineer", 95_000, extra: [new("industry", "tech")]),
        Career("3", "MLOps Engineer", 120_000, extra: [new("industry", "tech")]),
        Career("4", "Nurse", 50_000, itemType: "transitionPath", extra: [new("industry", "health")]));

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void GroupedOr_WhenAnyFieldMatchesAnyValue_Matches() =>
        Assert.Equal("1,4", Ids(_index.Searcher.CreateQuery().GroupedOr(["industry", "nodeName"], "finance", "nurse")));

    [Fact]
    public void GroupedAnd_WhenCountsMatch_PairsFieldsWithValues() =>
        Assert.Equal("2", Ids(_index.Searcher.CreateQuery().GroupedAnd(["industry", "nodeName"], "tech", "data")));

    [Fact]
    public void GroupedNot_WhenCombinedWithAll_ExcludesMatches() =>
        Assert.Equal("1,4", Ids(_index.Searcher.CreateQuery().All().GroupedNot(["industry"], "tech")));

    [Fact]
    public void Not_WhenOnlyNegativeClauses_MeansEverythingElse() =>
        Assert.Equal("1,2,4", Ids(_index.Searcher.CreateQuery().Not().Field("nodeName", "mlops")));

    [Fact]
    public void Or_WhenGivenAGroup_MatchesEitherSide()
    {
        var query = _index.Searcher.CreateQuery("content")
            .Field("nodeName", "data")
            .And(group => group.Field("industry", "finance").Or().Field("salary", "95000"), BooleanOperation.Or);

        Assert.Equal("1,2", Ids(query));
    }

    [Fact]
    public void AndNot_WhenGivenAGroup_ExcludesIt() =>
        Assert.Equal("3", Ids(_index.Searcher.CreateQuery().Field("nodeName", "engineer").AndNot(group => group.Field("nodeName", "data"))));

    [Fact]
    public void Field_WhenReservedTypeAliasQueried_MatchesCaseInsensitively() =>
        Assert.Equal("4", Ids(_index.Searcher.CreateQuery().Field("__NodeTypeAlias", "TransitionPath")));

    [Fact]
    public void Id_WhenGiven_MatchesOnlyThatDocument() =>
        Assert.Equal("3", Ids(_index.Searcher.CreateQuery().Id("3")));

    [Fact]
    public void Execute_WhenTakeIsZero_ReturnsOnlyTheTotal()
    {
        var results = _index.Searcher.CreateQuery().All().Execute(0, 0);

        Assert.Equal(4, results.TotalItemCount);
        Assert.Empty(results.Items);
    }

    [Fact]
    public void SelectFields_WhenGiven_LoadsOnlyThoseFields()
    {
        var hit = _index.Searcher.CreateQuery().Id("1").SelectFields("nodeName").Execute(0, 1).Items.Single();

        Assert.Equal("1", hit.Id);
        Assert.Equal(["__NodeId", "nodeName"], hit.Values.Keys.Order(StringComparer.Ordinal));
    }
}
