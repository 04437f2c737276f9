namespace CareerCms.Search.Fields;

/// <summary>How a field's values are stored and queried; resolved from its definition or name.</summary>
internal enum FieldValueKind
{
    FullText,
    FullTextSortable,
    Raw,
    InvariantText,
    EmailAddress,
    Int32,
    Int64,
    Single,
    Double,
    DateTime,
}
