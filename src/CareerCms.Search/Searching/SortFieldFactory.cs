using CareerCms.Search.Fields;
using CareerCms.Search.Model;
using Lucene.Net.Search;

namespace CareerCms.Search.Searching;

/// <summary>Maps a field name to the Lucene sort for its kind (never an analyzed text field).</summary>
internal static class SortFieldFactory
{
    public static SortField Create(FieldTypeResolver fieldTypes, string field, bool descending) => fieldTypes.Resolve(field) switch
    {
        FieldValueKind.FullTextSortable => new SortField(IndexFieldNames.SortFieldName(field), SortFieldType.STRING, descending),
        FieldValueKind.Raw => new SortField(field, SortFieldType.STRING, descending),
        // The trie parsers read numeric fields that have no DocValues (FieldCache un-inverts them); with DocValues the
        // column is used.
        FieldValueKind.Int32 => new SortField(field, FieldCache.NUMERIC_UTILS_INT32_PARSER, descending),
        FieldValueKind.Int64 or FieldValueKind.DateTime => new SortField(field, FieldCache.NUMERIC_UTILS_INT64_PARSER, descending),
        FieldValueKind.Single => new SortField(field, FieldCache.NUMERIC_UTILS_SINGLE_PARSER, descending),
        FieldValueKind.Double => new SortField(field, FieldCache.NUMERIC_UTILS_DOUBLE_PARSER, descending),
        _ => throw new ArgumentException(
            $"Field '{field}' is not sortable; define it as fulltextsortable, raw, or a numeric or date type.", nameof(field)),
    };
}
