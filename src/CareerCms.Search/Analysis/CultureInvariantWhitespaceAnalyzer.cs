using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace CareerCms.Search.Analysis;

/// <summary>
/// Letter/digit tokens, lowercased and ASCII-folded, without stop words: the analyzer of
/// <c>invariantcultureignorecase</c> fields and of reserved <c>__</c> fields.
/// </summary>
public sealed class CultureInvariantWhitespaceAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new LetterOrDigitTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
