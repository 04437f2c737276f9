namespace CareerCms.Web.Tests.Search;

[Collection(CareerSearchCollection.Name)]
public sealed class CareerSearchRelevanceTests(CareerSearchFixture fixture)
{
    [Fact]
    public async Task Search_WhenWordMatchesExactlyByPrefixAndByTypo_RanksExactThenPrefixThenTypo()
    {
        var names = await fixture.NamesAsync("welder");

        string[] expected = ["Welder", "Welder Fabricator", "Welders Guild Manager", "Wielder Operator"];
        Assert.Equal(expected, names.Where(expected.Contains).ToArray());
        Assert.Equal("Welder", names[0]);
    }

    [Fact]
    public async Task Search_WhenTitleHoldsTheExactPhrase_RanksItAboveAllTermsApart()
    {
        var names = await fixture.NamesAsync("guild manager");

        Assert.True(names.IndexOf("Welders Guild Manager") is >= 0 and var phrase && phrase < names.IndexOf("Manager of Guild Hall"), string.Join(", ", names));
    }

    [Fact]
    public async Task Search_WhenEveryWordIsRequired_DropsItemsMissingOne()
    {
        var names = await fixture.NamesAsync("welder pharmacist ");

        Assert.Empty(names);
    }

    [Theory]
    [InlineData("cok ", false)] // 3 letters: no typo allowed
    [InlineData("cook ", true)]
    [InlineData("coook ", true)] // 5 letters: one typo
    [InlineData("weldr ", true)] // 5 letters: one typo
    [InlineData("wxldxr ", false)] // 6 letters: two typos is too many
    [InlineData("mechanik ", true)] // 8 letters: one typo
    [InlineData("mechinik ", false)] // 8 letters: two typos is too many
    [InlineData("pharmasits ", true)] // 10 letters: two typos (substitution + transposition)
    public async Task Search_TypoTolerance_DependsOnWordLength(string query, bool found)
    {
        var target = query.Trim() switch
        {
            "cok" or "cook" or "coook" => "Cook",
            "weldr" or "wxldxr" => "Welder",
            "mechanik" or "mechinik" => "Mechanic",
            _ => "Pharmacist",
        };

        var names = await fixture.NamesAsync(query);

        Assert.Equal(found, names.Contains(target));
    }

    [Fact]
    public async Task Search_WhenLastWordIsBeingTyped_MatchesItAsPrefix()
    {
        Assert.Contains("Pharmacist", await fixture.NamesAsync("pharm"));
        Assert.DoesNotContain("Pharmacist", await fixture.NamesAsync("pharm "));
    }

    [Theory]
    [InlineData("ml engineer", "Machine Learning Engineer")] // configured default: ML = machine learning
    [InlineData("machine learning analyst", "ML Ops Analyst")] // and back: "ML" in "ML Ops Analyst"
    [InlineData("mlops analyst", "ML Ops Analyst")] // configured default: MLOps = ML Ops
    [InlineData("k8s", "MLOps Engineer")] // skill synonym tags from content: Kubernetes = k8s
    [InlineData("metalworker", "Welder")] // configured in appsettings
    public async Task Search_Synonyms_FindEquivalentWords(string query, string expected)
    {
        Assert.Contains(expected, await fixture.NamesAsync(query));
    }

    [Theory]
    [InlineData("cafe manager")]
    [InlineData("CAFÉ")]
    [InlineData("Café MANAGER")]
    public async Task Search_FoldsCaseAndAccents(string query)
    {
        Assert.Contains("Café Manager", await fixture.NamesAsync(query));
    }

    [Fact]
    public async Task Search_WhenRelevanceTies_RanksMorePathsFirst()
    {
        var names = (await fixture.NamesAsync("specialist ")).Where(n => n.StartsWith("Tie ", StringComparison.Ordinal)).ToList();

        Assert.Equal(["Tie Beta Specialist", "Tie Alpha Specialist"], names);
    }

    [Fact]
    public async Task Search_WhenQuoted_RequiresThePhrase()
    {
        Assert.Contains("Welders Guild Manager", await fixture.NamesAsync("\"guild manager\""));
        Assert.DoesNotContain("Manager of Guild Hall", await fixture.NamesAsync("\"guild manager\""));
    }

    [Fact]
    public async Task Search_WhenNothingMatches_SuggestsTheClosestWord()
    {
        var response = await fixture.SearchAsync(CareerSearchFixture.Q("wxldxr "));

        Assert.Equal(0, response.Total);
        Assert.Equal("welder", response.DidYouMean);
    }

    [Fact]
    public async Task Search_HitCarriesRouteKeyTypeAndSummary()
    {
        var hit = (await fixture.SearchAsync(CareerSearchFixture.Q("welder"))).Hits[0];

        Assert.Equal(fixture.Welder, hit.Id);
        Assert.Equal("career", hit.ContentType);
        Assert.Equal("/welder/", hit.Route);
        Assert.Equal("Joins metal parts with heat.", hit.Summary);
        Assert.True(hit.Score >= 3000, $"An exact title scores the exact-title tier, got {hit.Score}.");
    }

    [Fact]
    public async Task Search_FindsTransitionPathsByTheirTargetAndBackground()
    {
        var hits = (await fixture.SearchAsync(CareerSearchFixture.Q("software engineer mlops"))).Hits;

        Assert.Equal("Software Engineer to MLOps Engineer", hits[0].Name);
        Assert.Equal("transitionPath", hits[0].ContentType);
        Assert.Equal("/mlops-engineer/software-engineer-to-mlops-engineer/", hits[0].Route);
    }
}
