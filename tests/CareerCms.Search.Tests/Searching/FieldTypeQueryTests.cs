using CareerCms.Search.Tests.TestSupport;
using static CareerCms.Search.Tests.TestSupport.CareerValueSets;

namespace CareerCms.Search.Tests.Searching;

public sealed class FieldTypeQueryTests : IAsyncLifetime
{
    private static readonly DateTime Jan = new(2024, 1, 15, 10, 30, 0, 123, DateTimeKind.Utc);
    private readonly TestIndex _index = TestIndex.Create();

    public Task InitializeAsync() => _index.IndexAsync(
        Career("1", "Café Owner", 40_000, extra: Extra(views: 10, rating: 3.5, score: 1.5f, updated: Jan, culture: "en-US", email: "Ana@Example.com", alias: "Data-Scientist_Lead")),
        Career("2", "MLOps Engineer", 120_000, extra: Extra(views: 5_000_000_000, rating: 4.8, score: 9.25f, updated: Jan.AddMonths(6), culture: "da-DK", email: "bo@careers.dk", alias: "ml_ops")),
        Career("3", "Data Engineer", 95_000, category: "media", extra: Extra(views: 300, rating: 4.1, score: 4f, updated: Jan.AddYears(1), culture: "en-us", email: "cy@example.com", alias: "data-engineer")));

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("cafe", "1")]
    [InlineData("CAFÉ", "1")]
    [InlineData("mlops engineer", "2")]
    [InlineData("engineer", "2,3")]
    public void Field_WhenFullText_MatchesAnalyzedAndFoldedText(string text, string expectedIds) =>
        Assert.Equal(expectedIds, Ids(_index.Searcher.CreateQuery().Field("nodeName", text)));

    [Fact]
    public void Field_WhenPhraseWordsAreNotAdjacent_DoesNotMatch() =>
        Assert.Equal(string.Empty, Ids(_index.Searcher.CreateQuery().Field("nodeName", "engineer mlops")));

    [Fact]
    public void Field_WhenOnlyStopWords_MatchesNothing() =>
        Assert.Equal(string.Empty, Ids(_index.Searcher.CreateQuery().Field("nodeName", "the")));

    [Theory]
    [InlineData("en-US", "1")]
    [InlineData("en-us", "3")]
    [InlineData("en", "")]
    public void Field_WhenRaw_MatchesOnlyTheExactValue(string culture, string expectedIds) =>
        Assert.Equal(expectedIds, Ids(_index.Searcher.CreateQuery().Field("culture", culture)));

    [Theory]
    [InlineData("scientist", "1")]
    [InlineData("LEAD", "1")]
    [InlineData("ops", "2")]
    public void Field_WhenInvariantCultureIgnoreCase_MatchesLetterDigitTokens(string text, string expectedIds) =>
        Assert.Equal(expectedIds, Ids(_index.Searcher.CreateQuery().Field("alias", text)));

    [Theory]
    [InlineData("example.com", "1,3")]
    [InlineData("ana", "1")]
    public void Field_WhenEmailAddress_MatchesMailboxOrDomain(string text, string expectedIds) =>
        Assert.Equal(expectedIds, Ids(_index.Searcher.CreateQuery().Field("email", text)));

    [Fact]
    public void CreateQuery_WhenCategoryGiven_ReturnsOnlyThatCategory() =>
        Assert.Equal("3", Ids(_index.Searcher.CreateQuery("media").All()));

    [Fact]
    public void Field_WhenNumericFieldGivenText_MatchesTheExactNumber() =>
        Assert.Equal("2", Ids(_index.Searcher.CreateQuery().Field("salary", "120000")));

    [Fact]
    public void FieldOfT_WhenLongValue_MatchesTheExactNumber() =>
        Assert.Equal("2", Ids(_index.Searcher.CreateQuery().Field("views", 5_000_000_000L)));

    [Fact]
    public void RangeQuery_WhenIntBoundsInclusive_IncludesBothEnds() =>
        Assert.Equal("1,3", Ids(_index.Searcher.CreateQuery().RangeQuery<int>(["salary"], 40_000, 95_000)));

    [Fact]
    public void RangeQuery_WhenIntBoundsExclusive_ExcludesBothEnds() =>
        Assert.Equal(string.Empty, Ids(_index.Searcher.CreateQuery().RangeQuery<int>(["salary"], 40_000, 95_000, false, false)));

    [Fact]
    public void RangeQuery_WhenMaxIsOpen_ReturnsEverythingAboveMin() =>
        Assert.Equal("2,3", Ids(_index.Searcher.CreateQuery().RangeQuery<int>(["salary"], 50_000, null)));

    [Fact]
    public void RangeQuery_WhenLongField_UsesLongRange() =>
        Assert.Equal("2,3", Ids(_index.Searcher.CreateQuery().RangeQuery<long>(["views"], 100, null)));

    [Fact]
    public void RangeQuery_WhenDoubleField_UsesDoubleRange() =>
        Assert.Equal("2,3", Ids(_index.Searcher.CreateQuery().RangeQuery<double>(["rating"], 4.0, 5.0)));

    [Fact]
    public void RangeQuery_WhenFloatField_UsesFloatRange() =>
        Assert.Equal("3", Ids(_index.Searcher.CreateQuery().RangeQuery<float>(["score"], 2f, 5f)));

    [Fact]
    public void RangeQuery_WhenDateField_ComparesTicksToTheMillisecond()
    {
        var query = _index.Searcher.CreateQuery().RangeQuery<DateTime>(["updateDate"], Jan, Jan.AddMonths(6));

        Assert.Equal("1,2", Ids(query));
    }

    [Fact]
    public void RangeQuery_WhenFieldIsNotNumeric_Throws() =>
        Assert.Throws<ArgumentException>(() => _index.Searcher.CreateQuery().RangeQuery<int>(["nodeName"], 1, 2));

    [Fact]
    public void Execute_WhenDateStored_ValueIsTicksRoundedToMillisecond()
    {
        var hit = _index.Searcher.CreateQuery().Id("1").Execute(0, 1).Items.Single();

        Assert.Equal(Jan.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture), hit.Values["updateDate"]);
    }

    internal static string Ids(CareerCms.Search.Searching.SearchQuery query) =>
        string.Join(",", query.Execute(0, 100).Items.Select(hit => hit.Id).Order(StringComparer.Ordinal));

    private static KeyValuePair<string, object?>[] Extra(long views, double rating, float score, DateTime updated, string culture, string email, string alias) =>
    [
        new(TestFields.Views, views),
        new(TestFields.Rating, rating),
        new(TestFields.Score, score),
        new(TestFields.Updated, updated),
        new(TestFields.Culture, culture),
        new(TestFields.Email, email),
        new(TestFields.Alias, alias),
    ];
}
