using CareerCms.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CareerCms.Search.Tests.Analysis;

public sealed class AnalyzerTests
{
    [Fact]
    public void CultureInvariantWhitespaceAnalyzer_WhenTextHasPunctuationAndAccents_KeepsFoldedLetterDigitRuns()
    {
        using var analyzer = new CultureInvariantWhitespaceAnalyzer();

        Assert.Equal(["ca", "va", "data", "engineer", "2024", "1061"], Tokens(analyzer, "Ça-va DATA_engineer 2024,1061"));
    }

    [Fact]
    public void CultureInvariantStandardAnalyzer_WhenTextHasStopWordsAndAccents_DropsAndFoldsThem()
    {
        using var analyzer = new CultureInvariantStandardAnalyzer();

        Assert.Equal(["naive", "cafe", "owner"], Tokens(analyzer, "The naïve Café and the Owner"));
    }

    [Fact]
    public void EmailAddressAnalyzer_WhenGivenAnAddress_SplitsOnAt()
    {
        using var analyzer = new EmailAddressAnalyzer();

        Assert.Equal(["ana.b", "example.com"], Tokens(analyzer, "Ana.B@Example.com"));
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("field", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
