using System.Net;
using System.Text.Json.Nodes;
using CareerCms.Web.DeliveryApi.Handlers;
using CareerCms.Web.Tests.Infrastructure;
using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Web.Tests.DeliveryApi.Endpoints;

/// <summary>
/// The query options row by row over the starter content (30 items: 2 roots, 7 careers, 3 paths, 18 skills, created
/// 2025-03-03 09:00 to 2025-03-05 09:20): paging defaults, empty and case-insensitive options, each date operator,
/// value lists, sorts, and the first handler winning.
/// </summary>
public sealed class QueryOptionTests(StarterSiteFixture fixture) : IClassFixture<StarterSiteFixture>
{
    private const string Api = "/umbraco/delivery/api/v2/content";
    private readonly HttpClient _client = fixture.Site.CreateClient();

    [Fact]
    public async Task Take_DefaultsTo10_HasNoUpperLimit_AndSkipDefaultsTo0()
    {
        var defaults = await _client.GetObjectAsync(Api + "?sort=createDate:asc");
        var everything = await _client.GetObjectAsync(Api + "?sort=createDate:asc&take=100000");

        Assert.Equal(30, defaults["total"]!.GetValue<long>());
        Assert.Equal(10, defaults["items"]!.AsArray().Count);
        Assert.Equal(30, everything["items"]!.AsArray().Count);
        Assert.Equal(everything.Names().Take(10), defaults.Names());
    }

    [Fact]
    public async Task EmptyFetch_IsNoSelector_ButAnEmptyTargetMatchesNothing()
    {
        var noFetch = await _client.GetObjectAsync(Api + "?fetch=&take=0");
        var emptyTarget = await _client.GetObjectAsync(Api + "?fetch=children:&take=0");

        Assert.Equal(30, noFetch["total"]!.GetValue<long>());
        Assert.Equal(0, emptyTarget["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task ContentTypeFilter_PrefixIgnoresCase_ValueIsExact_AndAnEmptyListMatchesNothing()
    {
        Assert.Equal(7, await TotalAsync("filter=CONTENTTYPE:career"));
        Assert.Equal(0, await TotalAsync("filter=contentType:Career"));
        Assert.Equal(0, await TotalAsync("filter=contentType:"));
        Assert.Equal(0, await TotalAsync("filter=contentType:,,"));
    }

    [Fact]
    public async Task NameFilter_ValuesAreOred_AndNegationExcludesThemAll()
    {
        var either = await _client.GetObjectAsync(Api + "?filter=name:frontend,backend&filter=contentType:career&take=50");
        var neither = await _client.GetObjectAsync(Api + "?filter=name:!frontend,backend&filter=contentType:career&take=50");

        Assert.Equal(["Backend Developer", "Frontend Developer"], either.Names().Order());
        Assert.Equal(5, neither["total"]!.GetValue<long>());
        Assert.DoesNotContain(neither.Names(), n => n.Contains("end Developer", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("createDate:2025-03-04T09:00:00", 1)]
    [InlineData("createDate>2025-03-04T09:00:00", 9)]
    [InlineData("createDate>:2025-03-04T09:00:00", 10)]
    [InlineData("createDate<2025-03-03T09:05:00", 1)]
    [InlineData("createDate<:2025-03-03T09:05:00", 2)]
    [InlineData("createDate<:2025-03-04", 20)]
    [InlineData("CREATEDATE>2025-03-05", 3)]
    public async Task CreateDateFilter_EachOperator(string filter, long expected) =>
        Assert.Equal(expected, await TotalAsync("filter=" + Uri.EscapeDataString(filter)));

    [Fact]
    public async Task DateFilters_InTwoParameters_MakeAWindow()
    {
        Assert.Equal(7, await TotalAsync("filter=createDate>:2025-03-04&filter=createDate<2025-03-05"));
        Assert.Equal(30, await TotalAsync("filter=updateDate>2000-01-01"));
    }

    [Theory]
    [InlineData("createDate")]
    [InlineData("updateDate")]
    public async Task DateSorts_OrderBothWays(string field)
    {
        var ascending = Dates(await _client.GetObjectAsync($"{Api}?sort={field}:asc&take=50"), field);
        var descending = Dates(await _client.GetObjectAsync($"{Api}?sort={field.ToUpperInvariant()}:desc&take=50"), field);

        Assert.Equal(30, ascending.Count);
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(descending.OrderDescending(), descending);
    }

    [Fact]
    public async Task LevelSort_PutsRootsFirstOrLast()
    {
        var first = await _client.GetObjectAsync(Api + "?sort=level:asc&sort=name:asc&take=2");
        var last = await _client.GetObjectAsync(Api + "?sort=level:desc&sort=name:desc&take=1");

        Assert.Equal(["Careers", "Skills"], first.Names());
        Assert.Equal(["Software Engineer to MLOps Engineer"], last.Names());
    }

    [Fact]
    public async Task FirstHandlerThatCanHandle_Wins()
    {
        var handlers = fixture.Site.Get<FilterHandlerCollection>().ToList();
        var probe = handlers.FindIndex(h => h is FirstHandlerWinsProbe);
        var builtIn = handlers.FindIndex(h => h is ContentTypeFilter);
        Assert.True(probe >= 0 && builtIn >= 0);

        Assert.Equal(probe < builtIn ? 18 : 0, await TotalAsync("filter=" + FirstHandlerWinsProbe.Option));
    }

    [Theory]
    [InlineData("levelProbe:2", 25)]
    [InlineData("levelProbe:1,3", 5)]
    [InlineData("levelProbe:!2", 5)]
    [InlineData("levelProbe>:3", 3)]
    [InlineData("levelProbe<2", 2)]
    [InlineData("levelProbe:", 0)]
    [InlineData("levelProbe:!", 30)]
    [InlineData("levelProbe>:", 0)]
    public async Task NumberField_IsIsNotAndRanges(string filter, long expected) =>
        Assert.Equal(expected, await TotalAsync("filter=" + Uri.EscapeDataString(filter)));

    [Fact]
    public async Task NumberField_WithAWord_Is400()
    {
        var problem = await _client.GetObjectAsync(Api + "?filter=levelProbe:two", HttpStatusCode.BadRequest);

        Assert.Equal("Invalid filter value", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task RangeOnATextField_AndUndeclaredFields_AddNoClause()
    {
        Assert.Equal(30, await TotalAsync("filter=textRangeProbe:a"));
        Assert.Equal(30, await TotalAsync("filter=undeclaredProbe:x"));
        Assert.Equal(
            (await _client.GetObjectAsync(Api + "?filter=contentType:skill&sort=name:asc&take=50")).Names(),
            (await _client.GetObjectAsync(Api + "?filter=contentType:skill&sort=undeclaredProbe:asc&sort=name:asc&take=50")).Names());
    }

    [Fact]
    public async Task Total_MatchesWhatPagingReturns()
    {
        var total = await TotalAsync("filter=contentType:skill");
        var seen = new List<string>();
        for (var skip = 0; skip < total + 5; skip += 5)
        {
            seen.AddRange((await _client.GetObjectAsync($"{Api}?filter=contentType:skill&sort=name:asc&skip={skip}&take=5")).Names());
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
    }

    private async Task<long> TotalAsync(string query) =>
        (await _client.GetObjectAsync($"{Api}?{query}&take=0"))["total"]!.GetValue<long>();

    // The index keeps dates to the millisecond (as Examine does), so items within one millisecond tie.
    private static List<DateTime> Dates(JsonObject page, string field) =>
        [.. page["items"]!.AsArray()
            .Select(i => DateTime.Parse(i![field]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))
            .Select(d => new DateTime(d.Ticks - (d.Ticks % TimeSpan.TicksPerMillisecond), d.Kind))];
}
