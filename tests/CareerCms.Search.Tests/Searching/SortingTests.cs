using CareerCms.Search.Tests.TestSupport;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Searching;

public sealed class SortingTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TestIndex _index = TestIndex.Create();

    public Task InitializeAsync() => _index.IndexAsync(
        Item("a", "Data Engineer", salary: 95_000, views: 3_000_000_000, days: 3, level: 2, rating: 4.5),
        Item("b", "Analyst", salary: 60_000, views: 10, days: 1, level: 1, rating: 3.9),
        Item("c", "MLOps Engineer", salary: 120_000, views: 500, days: 2, level: 2, rating: 4.9),
        Item("d", "Cloud Architect", salary: 130_000, views: 7, days: 4, level: 1, rating: 4.2));

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void OrderBy_WhenFullTextSortable_SortsByTheUnanalyzedCopy() =>
        Assert.Equal("b,d,a,c", Sorted(q => q.OrderBy("nodeName")));

    [Fact]
    public void OrderByDescending_WhenFullTextSortable_SortsDescending() =>
        Assert.Equal("c,a,d,b", Sorted(q => q.OrderByDescending("nodeName")));

    [Fact]
    public void OrderBy_WhenInt_SortsNumerically() =>
        Assert.Equal("b,a,c,d", Sorted(q => q.OrderBy("salary")));

    [Fact]
    public void OrderBy_WhenLong_SortsNumerically() =>
        Assert.Equal("d,b,c,a", Sorted(q => q.OrderBy("views")));

    [Fact]
    public void OrderByDescending_WhenDate_SortsNewestFirst() =>
        Assert.Equal("d,a,c,b", Sorted(q => q.OrderByDescending("updateDate")));

    [Fact]
    public void OrderBy_WhenDouble_SortsNumerically() =>
        Assert.Equal("b,d,a,c", Sorted(q => q.OrderBy("rating")));

    [Fact]
    public void OrderBy_WhenSeveralKeys_AppliesThemInOrder() =>
        Assert.Equal("d,b,c,a", Sorted(q => q.OrderBy("level").OrderByDescending("salary")));

    [Fact]
    public async Task OrderBy_WhenNumbersHaveNoDocValues_SortsThroughTheFieldCache()
    {
        using var index = TestIndex.Create(options => options.NumericDocValues = false);
        await index.IndexAsync(
            Item("a", "Data Engineer", salary: 95_000, views: 3_000_000_000, days: 3, level: 2, rating: 4.5),
            Item("b", "Analyst", salary: 60_000, views: 10, days: 1, level: 1, rating: 3.9));
        await index.IndexAsync(
            Item("c", "MLOps Engineer", salary: 120_000, views: 500, days: 2, level: 2, rating: 4.9),
            Item("d", "Cloud Architect", salary: 130_000, views: 7, days: 4, level: 1, rating: 4.2));

        string Sort(Func<CareerCms.Search.Searching.SearchQuery, CareerCms.Search.Searching.SearchQuery> sort) =>
            string.Join(",", sort(index.Searcher.CreateQuery().All()).Execute(0, 10).Items.Select(hit => hit.Id));

        Assert.Equal("b,a,c,d", Sort(q => q.OrderBy("salary")));
        Assert.Equal("d,b,c,a", Sort(q => q.OrderBy("views")));
        Assert.Equal("d,a,c,b", Sort(q => q.OrderByDescending("updateDate")));
        Assert.Equal("b,d,a,c", Sort(q => q.OrderBy("rating")));
        Assert.Equal("d,b,c,a", Sort(q => q.OrderBy("level").OrderByDescending("salary")));
    }

    [Fact]
    public void OrderBy_WhenFieldIsAnalyzedText_Throws() =>
        Assert.Throws<ArgumentException>(() => _index.Searcher.CreateQuery().All().OrderBy("industry"));

    [Fact]
    public void Execute_WhenSortedByField_StillReportsScores()
    {
        var hits = _index.Searcher.CreateQuery().Field("nodeName", "engineer").OrderBy("salary").Execute(0, 10).Items;

        Assert.All(hits, hit => Assert.True(hit.Score > 0));
    }

    private string Sorted(Func<CareerCms.Search.Searching.SearchQuery, CareerCms.Search.Searching.SearchQuery> sort) =>
        string.Join(",", sort(_index.Searcher.CreateQuery().All()).Execute(0, 10).Items.Select(hit => hit.Id));

    private static CareerCms.Search.Model.ValueSet Item(string id, string name, int salary, long views, int days, int level, double rating) =>
        Career(id, name, salary, extra:
        [
            new(TestFields.Views, views),
            new(TestFields.Updated, Start.AddDays(days)),
            new(TestFields.Level, level),
            new(TestFields.Rating, rating),
            new("industry", "tech"),
        ]);
}
