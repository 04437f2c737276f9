using CareerCms.Web.Search.Careers;
using CareerCms.Web.Search.Indexing;

namespace CareerCms.Web.Tests.Search;

public sealed class CareerQueryTests
{
    private static readonly SynonymSet Synonyms = SynonymSet.Build(
    [
        ["ML", "machine learning"],
        ["MLOps", "ML Ops"],
        ["Kubernetes", "k8s", "container orchestration"],
    ]);

    private static readonly TypoTolerance Typos = new(4, 9, 1);

    [Theory]
    [InlineData("cok", 0)]
    [InlineData("cook", 1)]
    [InlineData("engineer", 1)]
    [InlineData("engineers", 2)]
    [InlineData("pharmacist", 2)]
    public void MaxEdits_DependsOnWordLength(string word, int edits) => Assert.Equal(edits, Typos.MaxEdits(word));

    [Theory]
    [InlineData("welder", "weldr", true)]
    [InlineData("welder", "wledre", false)]
    [InlineData("pharmacist", "pharmasits", true)]
    [InlineData("welder", "xelder", false)] // the first letter is kept
    [InlineData("cook", "cooking", false)]
    public void Matches_AppliesTheTypoRules(string word, string candidate, bool expected) => Assert.Equal(expected, Typos.Matches(word, candidate));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("welder", "welder", 0)]
    [InlineData("", "abc", 3)]
    public void EditDistance_IsDamerauLevenshtein(string a, string b, int distance) => Assert.Equal(distance, EditDistance.Compute(a, b));

    [Fact]
    public void EditDistance_StopsEarlyAboveTheBound() => Assert.True(EditDistance.Compute("aaaaaaaa", "bbbbbbbb", 2) > 2);

    [Fact]
    public void Parse_FindsTheLongestSynonymPhraseAndMarksTheLastWordAsPrefix()
    {
        var query = CareerQuery.Parse("Machine Learning kub", Synonyms, 16);

        Assert.Equal(2, query.Concepts.Count);
        Assert.Equal(["machine", "learning"], query.Concepts[0].Terms);
        Assert.Equal(["ml"], query.Concepts[0].Synonyms.Single());
        Assert.Equal(["kub"], query.Concepts[1].Terms);
        Assert.True(query.Concepts[1].Prefix);
        Assert.False(query.Concepts[0].Prefix);
    }

    [Fact]
    public void Parse_MergesGroupsSharingAPhrase()
    {
        var query = CareerQuery.Parse("mlops ", Synonyms, 16);

        Assert.Equal([["ml", "ops"]], query.Concepts.Single().Synonyms.Select(s => s.ToArray()).ToArray());
        Assert.False(query.Concepts.Single().Prefix);
    }

    [Theory]
    [InlineData("\"guild manager\" welder", 2, true)]
    [InlineData("\"unbalanced guild manager", 3, false)]
    [InlineData("\"\"\"", 0, false)]
    public void Parse_UsesBalancedQuotesAsPhrasesAndIgnoresOthers(string text, int concepts, bool firstQuoted)
    {
        var query = CareerQuery.Parse(text, SynonymSet.Empty, 16);

        Assert.Equal(concepts, query.Concepts.Count);
        if (concepts > 0)
        {
            Assert.Equal(firstQuoted, query.Concepts[0].Quoted);
        }
    }

    [Fact]
    public void Parse_FoldsCaseAccentsAndDropsStopWordsAndSyntax()
    {
        var query = CareerQuery.Parse("The CAFÉ (manager)* AND nodeName:chef~2", SynonymSet.Empty, 16);

        // Unicode word rules keep "nodename:chef" together, in the index as in the query.
        Assert.Equal(["cafe", "manager", "nodename:chef", "2"], query.Concepts.SelectMany(c => c.Terms).ToArray());
    }

    [Fact]
    public void Parse_KeepsAtMostTheConfiguredNumberOfWords()
    {
        var query = CareerQuery.Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => "word" + i)), SynonymSet.Empty, 16);

        Assert.Equal(16, query.Concepts.Count);
        Assert.Equal(16, query.Words.Count);
    }

    [Fact]
    public void ParseBuildAndHighlight_WithA10000CharacterHostileQuery_KeepTheWordLimit()
    {
        // What a site that raises MaxQueryLength to 10,000 would run: no Lucene syntax error, at most 16 concepts.
        var text = string.Concat(Enumerable.Repeat("welder \"guild (manager) AND k8s~2 title:[a TO z] ", 250))[..10_000];

        var query = CareerQuery.Parse(text, Synonyms, 16);
        var lucene = CareerQueryBuilder.Build(query, Typos);
        var snippet = new SnippetHighlighter(query, Typos).Snippet(["A welder and guild manager"], 200);

        Assert.InRange(query.Concepts.Count, 1, 16);
        Assert.Equal(query.Concepts.Count, ((Lucene.Net.Search.BooleanQuery)lucene).Clauses.Count(c => c.Occur == Lucene.Net.Search.Occur.MUST));
        Assert.Contains("<mark>welder</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_EscapesAndMarksOnlyMatches()
    {
        var highlighter = new SnippetHighlighter(CareerQuery.Parse("welder k8s", Synonyms, 16), Typos);

        var snippet = highlighter.Snippet(["<b>Weldr</b> & kubernetes \"fans\" use container orchestration"], 200);

        Assert.Equal("&lt;b&gt;<mark>Weldr</mark>&lt;/b&gt; &amp; <mark>kubernetes</mark> &quot;fans&quot; use <mark>container</mark> <mark>orchestration</mark>", snippet);
    }

    [Fact]
    public void Snippet_MarksWholeWordsFoundByTypoOrPrefix()
    {
        var snippet = new SnippetHighlighter(CareerQuery.Parse("kubernets engin", Synonyms, 16), Typos).Snippet(["GPU clusters, Kubernetes, cloud; Engineers"], 200);

        Assert.Equal("GPU clusters, <mark>Kubernetes</mark>, cloud; <mark>Engineers</mark>", snippet);
    }

    [Fact]
    public void Snippet_CutsAroundTheFirstMatch()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 80)) + " welder " + string.Join(' ', Enumerable.Repeat("tail", 80));
        var snippet = new SnippetHighlighter(CareerQuery.Parse("welder", SynonymSet.Empty, 16), Typos).Snippet([text], 120);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>welder</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 200, snippet);
    }

    [Fact]
    public void Snippet_WithoutAMatch_ShowsTheStartOfTheFirstText()
    {
        var snippet = new SnippetHighlighter(CareerQuery.Parse("zzz", SynonymSet.Empty, 16), Typos).Snippet([null, "", "Plain & simple"], 100);

        Assert.Equal("Plain &amp; simple", snippet);
    }

    [Theory]
    [InlineData(0, 49_999, 10_000, 20_000, true)]
    [InlineData(200_000, null, 130_000, 220_000, true)]
    [InlineData(50_000, 99_999, 100_000, 150_000, false)]
    [InlineData(50_000, 99_999, 10_000, 50_000, true)]
    public void SalaryBand_CountsEveryOverlappingRange(int min, int? max, int from, int to, bool overlaps) =>
        Assert.Equal(overlaps, new SalaryBand { Min = min, Max = max }.Overlaps(from, to));

    [Fact]
    public void RichText_BecomesPlainText() =>
        Assert.Equal("Fish & chips — hot!", PropertyIndexValues.RichTextToPlain("{\"markup\":\"<p>Fish &amp; chips</p><p>&mdash; <b>hot</b>!</p>\",\"blocks\":null}"));

    [Fact]
    public void Fold_KeepsEveryWordForCompletion() => Assert.Equal("the cafe owner s guide", SearchText.Fold("The Café-Owner's  guide!"));

    [Fact]
    public void Options_Defaults_AreValid() => Assert.Empty(new CareerSearchOptions().Validate());
}
