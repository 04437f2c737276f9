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
        FieldValueKind.Int32 => new SortField(field, SortFieldType.INT32, descending),
        FieldValueKind.Int64 or FieldValueKind.DateTime => new SortField(field, SortFieldType.INT64, descending),
        FieldValueKind.Single => new SortField(field, SortFieldType.SINGLE, descending),
        FieldValueKind.Double => new SortField(field, SortFieldType.DOUBLE, descending),
        _ => throw new ArgumentException(
            $"Field '{field}' is not sortable; define it as fulltextsortable, raw, or a numeric or date type.", nameof(field)),
    };
}
