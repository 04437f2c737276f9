using CareerCms.Search.Fields;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace CareerCms.Search.Analysis;

/// <summary>
/// The per-field analyzer used both by the index writer and by every query, so indexing and querying always agree.
/// </summary>
/// <remarks>
/// This plays the role of Lucene's <c>PerFieldAnalyzerWrapper</c>, but that class takes a fixed name-to-analyzer map
/// built up front; undefined <c>__</c> fields and definitions added later would then fall back to the default
/// analyzer. Resolving through <see cref="FieldTypeResolver"/> on each (cached) lookup keeps the two sides in step.
/// </remarks>
internal sealed class FieldTypeAnalyzer : AnalyzerWrapper
{
    private readonly FieldTypeResolver _fieldTypes;
    private readonly Analyzer _defaultAnalyzer;
    private readonly Analyzer _keyword = new KeywordAnalyzer();
    private readonly Analyzer _invariant = new CultureInvariantWhitespaceAnalyzer();
    private readonly Analyzer _email = new EmailAddressAnalyzer();

    public FieldTypeAnalyzer(FieldTypeResolver fieldTypes, IndexAnalyzer defaultAnalyzer)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _fieldTypes = fieldTypes;
        _defaultAnalyzer = defaultAnalyzer switch
        {
            IndexAnalyzer.CultureInvariantWhitespace => new CultureInvariantWhitespaceAnalyzer(),
            _ => new CultureInvariantStandardAnalyzer(),
        };
    }

    public FieldTypeResolver FieldTypes => _fieldTypes;

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => _fieldTypes.Resolve(fieldName) switch
    {
        FieldValueKind.FullText or FieldValueKind.FullTextSortable => _defaultAnalyzer,
        FieldValueKind.InvariantText => _invariant,
        FieldValueKind.EmailAddress => _email,
        _ => _keyword,
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _defaultAnalyzer.Dispose();
            _keyword.Dispose();
            _invariant.Dispose();
            _email.Dispose();
        }

        base.Dispose(disposing);
    }
}
