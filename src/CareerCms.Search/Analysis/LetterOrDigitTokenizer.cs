using System.Text;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CareerCms.Search.Analysis;

/// <summary>Splits text into runs of letters and digits; everything else ("-", ",", "_", spaces) separates tokens.</summary>
internal sealed class LetterOrDigitTokenizer(TextReader input) : CharTokenizer(LuceneVersion.LUCENE_48, input)
{
    protected override bool IsTokenChar(int c) => Rune.IsValid(c) && Rune.IsLetterOrDigit(new Rune(c));
}
