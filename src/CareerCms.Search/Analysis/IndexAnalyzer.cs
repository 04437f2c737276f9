namespace CareerCms.Search.Analysis;

/// <summary>The default analyzer of an index: used for full-text fields and undefined fields.</summary>
public enum IndexAnalyzer
{
    /// <summary>
    /// <see cref="CultureInvariantStandardAnalyzer"/>: Unicode word tokens, lowercased, English stop words removed,
    /// ASCII-folded. Umbraco's ExternalIndex and Delivery API index choice.
    /// </summary>
    Standard,

    /// <summary>
    /// <see cref="CultureInvariantWhitespaceAnalyzer"/>: letter/digit tokens, lowercased, ASCII-folded, no stop words.
    /// Umbraco's InternalIndex and MembersIndex choice.
    /// </summary>
    CultureInvariantWhitespace,
}
