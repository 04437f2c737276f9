using CareerCms.Web.Search.Careers;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CareerCms.Web.Tests.Search;

/// <summary>The typo and prefix clauses of the career query, on a real (in-memory) Lucene index.</summary>
public sealed class WordVariantsQueryTests : IDisposable
{
    private static readonly TypoTolerance Typos = new(4, 9, 1);

    private static readonly string[] Vocabulary =
        ["welder", "welders", "welding", "wielder", "weldr", "wledre", "xelder", "welderess", "cook", "coook", "cok", "pharmacist", "pharmasits", "pharmacy"];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public WordVariantsQueryTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var term in Vocabulary)
            {
                writer.AddDocument([new StringField("t", term, Field.Store.YES)]);
            }
        }

        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("welder")]
    [InlineData("cook")]
    [InlineData("pharmacist")]
    [InlineData("engineers")]
    public void TypoAutomaton_AcceptsExactlyTheWordsTheTypoRulesAllow(string word)
    {
        var automaton = TypoAutomaton.For(word, Typos.MaxEdits(word), Typos.PrefixLength).Compiled.RunAutomaton;
        foreach (var candidate in Vocabulary.Concat(Variants(word)).Concat(Variants(word).SelectMany(Variants).Take(5_000)))
        {
            var bytes = new BytesRef(candidate);
            var allowed = Typos.Matches(word, candidate);

            Assert.True(allowed == automaton.Run(bytes.Bytes, bytes.Offset, bytes.Length), $"{word} vs {candidate}: expected {allowed}");
        }
    }

    [Fact]
    public void Extensions_AreTheLongerTermsStartingWithTheWord() =>
        Assert.Equal(["welderess", "welders"], Matches(WordVariantsQuery.Extensions("t", "welder")));

    [Fact]
    public void Typos_LeaveOutTheWordItself() =>
        Assert.Equal(["welders", "weldr", "wielder"], Matches(WordVariantsQuery.Typos("t", TypoAutomaton.For("welder", 1, 1), skipExtensions: false)));

    [Fact]
    public void Typos_OfAWordBeingTyped_LeaveOutItsExtensions() =>
        Assert.Equal(["weldr", "wielder"], Matches(WordVariantsQuery.Typos("t", TypoAutomaton.For("welder", 1, 1), skipExtensions: true)));

    [Fact]
    public void Typos_AllowTwoEditsIncludingATransposition() =>
        Assert.Equal(["pharmasits"], Matches(WordVariantsQuery.Typos("t", TypoAutomaton.For("pharmacist", 2, 1), skipExtensions: false)));

    [Fact]
    public void TypoAutomaton_IsSharedBetweenQueriesForTheSameWord() =>
        Assert.Same(TypoAutomaton.For("engineer", 1, 1).Compiled, TypoAutomaton.For("engineer", 1, 1).Compiled);

    private List<string> Matches(Query query)
    {
        var searcher = new IndexSearcher(_reader);
        return searcher.Search(query, 100).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get("t")).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every single edit of the word (and some double edits), to compare the automaton with the rules.</summary>
    private static IEnumerable<string> Variants(string word)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var letter in letters)
            {
                yield return word[..i] + letter + word[i..];
                if (i < word.Length)
                {
                    yield return word[..i] + letter + word[(i + 1)..];
                }
            }

            if (i < word.Length)
            {
                yield return word[..i] + word[(i + 1)..];
            }

            if (i < word.Length - 1)
            {
                var swapped = word[..i] + word[i + 1] + word[i] + word[(i + 2)..];
                yield return swapped;
                yield return swapped[..^1];
                yield return swapped + "s";
            }
        }
    }
}
