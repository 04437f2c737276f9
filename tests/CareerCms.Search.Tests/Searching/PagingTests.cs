using CareerCms.Search.Tests.TestSupport;

namespace CareerCms.Search.Tests.Searching;

/// <summary>Examine caps skip/take at 10,000 results (Umbraco #17920); ours must reach every page.</summary>
public sealed class PagingTests : IAsyncLifetime
{
    private const int DocumentCount = 12_000;
    private readonly TestIndex _index = TestIndex.Create();

    public Task InitializeAsync() => _index.IndexAsync(CareerValueSets.Numbered(DocumentCount));

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Execute_WhenPageIsBeyondTenThousand_ReturnsThatPageAndTrueTotal()
    {
        var page = _index.Searcher.CreateQuery().All().OrderBy("salary").Execute(11_000, 25);

        Assert.Equal(DocumentCount, page.TotalItemCount);
        Assert.Equal(Enumerable.Range(11_000, 25).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), page.Items.Select(hit => hit.Id));
    }

    [Fact]
    public void Execute_WhenPageRunsPastTheEnd_ReturnsTheRemainder()
    {
        var page = _index.Searcher.CreateQuery().All().OrderByDescending("salary").Execute(11_990, 50);

        Assert.Equal(DocumentCount, page.TotalItemCount);
        Assert.Equal(10, page.Items.Count);
        Assert.Equal("9", page.Items[0].Id);
        Assert.Equal("0", page.Items[^1].Id);
    }

    [Fact]
    public void Execute_WhenRelevanceOrderedPastTenThousand_ReturnsAFullPage()
    {
        var page = _index.Searcher.CreateQuery("content").Field("nodeName", "career").Execute(10_500, 100);

        Assert.Equal(DocumentCount, page.TotalItemCount);
        Assert.Equal(100, page.Items.Count);
    }

    [Fact]
    public void Execute_WhenSkipIsBeyondTheTotal_ReturnsNoItemsButTheTotal()
    {
        var page = _index.Searcher.CreateQuery().All().Execute(50_000, 10);

        Assert.Equal(DocumentCount, page.TotalItemCount);
        Assert.Empty(page.Items);
    }
}
