using System.Text;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CareerCms.Search.Analysis;

/// <summary>Splits text on whitespace and <c>@</c>, so a mailbox and its domain are separate tokens.</summary>
internal sealed class EmailAddressTokenizer(TextReader input) : CharTokenizer(LuceneVersion.LUCENE_48, input)
{
    protected override bool IsTokenChar(int c) => c != '@' && !(Rune.IsValid(c) && Rune.IsWhiteSpace(new Rune(c)));
}
