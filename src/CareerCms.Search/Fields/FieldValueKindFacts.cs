using CareerCms.Search.Model;

namespace CareerCms.Search.Fields;

/// <summary>What each <see cref="FieldValueKind"/> supports.</summary>
internal static class FieldValueKindFacts
{
    public static FieldValueKind FromDefinitionType(string type) => type switch
    {
        FieldDefinitionTypes.FullTextSortable => FieldValueKind.FullTextSortable,
        FieldDefinitionTypes.Raw => FieldValueKind.Raw,
        FieldDefinitionTypes.InvariantCultureIgnoreCase => FieldValueKind.InvariantText,
        FieldDefinitionTypes.EmailAddress => FieldValueKind.EmailAddress,
        FieldDefinitionTypes.Integer => FieldValueKind.Int32,
        FieldDefinitionTypes.Long => FieldValueKind.Int64,
        FieldDefinitionTypes.Float => FieldValueKind.Single,
        FieldDefinitionTypes.Double => FieldValueKind.Double,
        FieldDefinitionTypes.DateTime => FieldValueKind.DateTime,
        _ => FieldValueKind.FullText,
    };

    /// <summary>Numeric and date kinds: trie-encoded, queried with numeric ranges.</summary>
    public static bool IsRange(this FieldValueKind kind) =>
        kind is FieldValueKind.Int32 or FieldValueKind.Int64 or FieldValueKind.Single or FieldValueKind.Double
            or FieldValueKind.DateTime;

    /// <summary>Kinds whose text goes through an analyzer.</summary>
    public static bool IsAnalyzed(this FieldValueKind kind) =>
        kind is FieldValueKind.FullText or FieldValueKind.FullTextSortable or FieldValueKind.InvariantText
            or FieldValueKind.EmailAddress;
}
