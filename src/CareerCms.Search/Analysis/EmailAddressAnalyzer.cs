using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace CareerCms.Search.Analysis;

/// <summary>The analyzer of <c>emailaddress</c> fields: tokens split on whitespace and <c>@</c>, lowercased.</summary>
public sealed class EmailAddressAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new EmailAddressTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer));
    }
}
