using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerCms.Web.Tests.Search;

/// <summary>Facet counts are disjunctive: each equals the total that applying that value (and keeping every other filter) gives.</summary>
[Collection(CareerSearchCollection.Name)]
public sealed partial class CareerSearchFacetTests(CareerSearchFixture fixture)
{
    public static TheoryData<string> BaseQueries => new()
    {
        string.Empty,
        "q=engineer",
        "q=welder",
        "q=manager&industry=Manufacturing",
        "industry=Manufacturing&experienceLevel=Entry",
        "salaryMin=50000&salaryMax=100000",
        "difficulty=Moderate",
        "q=mlops&difficulty=Moderate&difficulty=Easy",
    };

    [Theory]
    [MemberData(nameof(BaseQueries))]
    public async Task FacetCounts_EqualTotalsWhenThatValueIsApplied(string baseQuery)
    {
        var response = await fixture.SearchAsync(baseQuery);
        var withoutFacet = new Func<string, string>(name => string.Join('&', baseQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal))));
        var checks = new List<(string Query, long Expected)>();
        foreach (var (name, values) in new[]
                 {
                     ("industry", response.Facets.Industry), ("experienceLevel", response.Facets.ExperienceLevel), ("difficulty", response.Facets.Difficulty),
                 })
        {
            checks.AddRange(values.Select(v => (Join(withoutFacet(name), $"{name}={Uri.EscapeDataString(v.Value)}"), v.Count)));
        }

        foreach (var band in response.Facets.SalaryBand)
        {
            var others = string.Join('&', withoutFacet("salaryMin").Split('&').Where(p => !p.StartsWith("salaryMax=", StringComparison.Ordinal) && p.Length > 0));
            var range = $"salaryMin={band.Min.ToString(CultureInfo.InvariantCulture)}" + (band.Max is { } max ? $"&salaryMax={max.ToString(CultureInfo.InvariantCulture)}" : string.Empty);
            checks.Add((Join(others, range), band.Count));
        }

        Assert.NotEmpty(checks);
        foreach (var (query, expected) in checks)
        {
            Assert.True(expected == (await fixture.SearchAsync(query + "&pageSize=1")).Total, $"'{query}' counted {expected} in the facets of '{baseQuery}'.");
        }
    }

    [Fact]
    public async Task FacetCounts_ForTheWholeSite_AddUpToTheTotalPerSingleValuedFacet()
    {
        var response = await fixture.SearchAsync(string.Empty);

        Assert.Equal(response.Total, response.Facets.Industry.Sum(f => f.Count));
        Assert.Equal(response.Total, response.Facets.ExperienceLevel.Sum(f => f.Count));
        Assert.True(response.Facets.Difficulty.Sum(f => f.Count) < response.Total, "Only transition paths have a difficulty.");
    }

    [Fact]
    public async Task Filter_WithSeveralValuesOfOneFacet_KeepsEither()
    {
        var manufacturing = (await fixture.SearchAsync("industry=Manufacturing")).Total;
        var retail = (await fixture.SearchAsync("industry=Retail")).Total;

        var both = await fixture.SearchAsync("industry=Manufacturing&industry=Retail");

        Assert.Equal(manufacturing + retail, both.Total);
        Assert.All(both.Facets.Industry, f => Assert.True(f.Count > 0));
    }

    [Fact]
    public async Task Filter_WithAnUnknownValue_MatchesNothingAndStillCountsTheFacet()
    {
        var response = await fixture.SearchAsync("industry=Space%20Piracy");

        Assert.Equal(0, response.Total);
        Assert.Contains(response.Facets.Industry, f => f is { Value: "Space Piracy", Count: 0 });
        Assert.Contains(response.Facets.Industry, f => f is { Value: "Manufacturing", Count: > 0 });
    }

    [Fact]
    public async Task Paging_ReachesEveryHitOnce()
    {
        var all = await fixture.SearchAsync("pageSize=100");
        var paged = new List<Guid>();
        for (var page = 1; page <= (all.Total + 6) / 7; page++)
        {
            paged.AddRange((await fixture.SearchAsync($"pageSize=7&page={page}")).Hits.Select(h => h.Id));
        }

        Assert.Equal(all.Hits.Select(h => h.Id), paged);
        Assert.Empty((await fixture.SearchAsync($"pageSize=7&page={(all.Total / 7) + 2}")).Hits);
    }

    [Fact]
    public async Task Snippet_IsEscapedTextWithOnlyMarkTags()
    {
        var hit = (await fixture.SearchAsync(CareerSearchFixture.Q("welder"))).Hits.Single(h => h.Name == "Escaping Test Career");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>welder</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.All(Tags().Matches(hit.Snippet), tag => Assert.Contains(tag.Value, (string[])["<mark>", "</mark>"]));
    }

    [Fact]
    public async Task Snippet_MarksTyposPrefixesAndSynonyms()
    {
        var typo = (await fixture.SearchAsync(CareerSearchFixture.Q("pharmacits "))).Hits.Single(h => h.Name == "Pharmacist");
        var synonym = (await fixture.SearchAsync(CareerSearchFixture.Q("ml engineer"))).Hits.First(h => h.Name == "Machine Learning Engineer");

        Assert.Contains("<mark>", typo.Snippet + synonym.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>machine</mark> <mark>learning</mark>", synonym.Snippet, StringComparison.OrdinalIgnoreCase);
    }

    private static string Join(string left, string right) => left.Length == 0 ? right : left + "&" + right;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
