using CareerCms.Search.Model;

namespace CareerCms.Search.Fields;

/// <summary>
/// Resolves any field name to its kind: reserved fields first, then the index's definitions, then the rules for
/// undefined fields (<c>__</c> fields are culture-invariant text, everything else full text).
/// </summary>
internal sealed class FieldTypeResolver(FieldDefinitionCollection definitions)
{
    public FieldDefinitionCollection Definitions { get; } = definitions;

    public FieldValueKind Resolve(string fieldName)
    {
        switch (fieldName)
        {
            case IndexFieldNames.NodeId:
                return FieldValueKind.Raw;
            case IndexFieldNames.IndexType or IndexFieldNames.NodeTypeAlias:
                return FieldValueKind.InvariantText;
        }

        if (Definitions.TryGetValue(fieldName, out var definition))
        {
            return FieldValueKindFacts.FromDefinitionType(definition.Type);
        }

        if (fieldName.StartsWith(IndexFieldNames.SortPrefix, StringComparison.Ordinal))
        {
            return FieldValueKind.Raw;
        }

        return fieldName.StartsWith(IndexFieldNames.ReservedPrefix, StringComparison.Ordinal)
            ? FieldValueKind.InvariantText
            : FieldValueKind.FullText;
    }
}
