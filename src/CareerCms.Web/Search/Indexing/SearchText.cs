using System.Text;
using CareerCms.Search.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// Text normalization shared by indexing and querying so both sides agree: the terms ExternalIndex's analyzer
/// makes (Unicode words, lowercased, English stop words removed, ASCII-folded), and a lighter folding for
/// completion keys that keeps every word.
/// </summary>
public static class SearchText
{
    /// <summary>The analyzer of ExternalIndex's full-text fields (thread-safe: Lucene reuses components per thread).</summary>
    public static CultureInvariantStandardAnalyzer Analyzer { get; } = new();

    /// <summary>The analyzed terms of a text, in order.</summary>
    public static IReadOnlyList<string> Terms(string? text) => Tokens(text).Select(token => token.Term).ToList();

    /// <summary>The analyzed terms with their character offsets in <paramref name="text"/> and positions (stop words leave gaps).</summary>
    public static IReadOnlyList<SearchToken> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = new List<SearchToken>();
        using var stream = Analyzer.GetTokenStream("search", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new SearchToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }

    /// <summary>The terms joined by one space: the exact-title key of a title or a query.</summary>
    public static string TitleKey(string? text) => string.Join(' ', Terms(text));

    /// <summary>
    /// Lowercase ASCII-folded text with every run of non-letters/digits as one space, stop words kept: the key of
    /// as-you-type completion ("Café Owner" → "cafe owner").
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var input = text.ToCharArray();
        var output = new char[Math.Max(16, input.Length * 4)];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        var builder = new StringBuilder(length);
        var space = true;
        for (var i = 0; i < length; i++)
        {
            var c = output[i];
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}

/// <summary>An analyzed term, where it came from in the text, and its position.</summary>
public readonly record struct SearchToken(string Term, int Start, int End, int Position);
