using CareerCms.Search.Searching;
using CareerCms.Search.Tests.TestSupport;
using static CareerCms.Search.Tests.Searching.FieldTypeQueryTests;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Searching;

public sealed class NativeQueryTests : IAsyncLifetime
{
    private readonly TestIndex _index = TestIndex.Create();

    public Task InitializeAsync() => _index.IndexAsync(
        Career("1", "Data Analyst", 60_000, extra: [new(TestFields.Updated, new DateTime(2024, 2, 1)), new(TestFields.Culture, "en-US")]),
        Career("2", "Data Engineer", 95_000, extra: [new(TestFields.Updated, new DateTime(2024, 6, 1)), new(TestFields.Culture, "da-DK")]),
        Career("3", "MLOps Engineer", 120_000, extra: [new(TestFields.Updated, new DateTime(2025, 1, 1)), new(TestFields.Culture, "en-US")]));

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("nodeName:engineer", "2,3")]
    [InlineData("nodeName:\"data engineer\"", "2")]
    [InlineData("+nodeName:data -nodeName:analyst", "2")]
    [InlineData("nodeName:Engin*", "2,3")]
    [InlineData("culture:en-US", "1,3")]
    [InlineData("culture:en-us", "")]
    [InlineData("mlops", "3")]
    public void NativeQuery_WhenValid_UsesEachFieldsAnalyzer(string query, string expectedIds) =>
        Assert.Equal(expectedIds, Ids(_index.Searcher.CreateQuery().NativeQuery(query)));

    [Theory]
    [InlineData("salary:[90000 TO 130000]", "2,3")]
    [InlineData("salary:{60000 TO 120000}", "2")]
    [InlineData("salary:[100000 TO *]", "3")]
    [InlineData("salary:95000", "2")]
    [InlineData("updateDate:[2024-03-01 TO 2024-12-31]", "2")]
    public void NativeQuery_WhenNumericOrDateField_RoutesToNumericQueries(string query, string expectedIds) =>
        Assert.Equal(expectedIds, Ids(_index.Searcher.CreateQuery().NativeQuery(query)));

    [Fact]
    public void NativeQuery_WhenCombinedWithFluentClauses_AllMustMatch() =>
        Assert.Equal("3", Ids(_index.Searcher.CreateQuery("content").Field("culture", "en-US").And().NativeQuery("salary:[100000 TO *]")));

    [Theory]
    [InlineData("nodeName:(data")]
    [InlineData("salary:[abc TO 5]")]
    [InlineData("AND OR")]
    public void NativeQuery_WhenSyntaxOrValueIsInvalid_ThrowsSearchQueryParseException(string query)
    {
        var error = Assert.Throws<SearchQueryParseException>(() => _index.Searcher.CreateQuery().NativeQuery(query));

        Assert.Equal(query, error.Query);
    }

    [Fact]
    public void Search_WhenGivenNativeQuery_ReturnsAPage()
    {
        var results = _index.Searcher.Search("nodeName:data", 1, 1);

        Assert.Equal(2, results.TotalItemCount);
        Assert.Single(results.Items);
    }
}
