namespace CareerCms.Search.Model;

/// <summary>The reserved field names every document carries (Examine's names, so queries port).</summary>
public static class IndexFieldNames
{
    /// <summary>The value set id: an exact term, the update and delete key.</summary>
    public const string NodeId = "__NodeId";

    /// <summary>The value set category, culture-invariant analyzed.</summary>
    public const string IndexType = "__IndexType";

    /// <summary>The value set item type, culture-invariant analyzed.</summary>
    public const string NodeTypeAlias = "__NodeTypeAlias";

    /// <summary>The prefix of the un-analyzed sort copy of a <see cref="FieldDefinitionTypes.FullTextSortable"/> field.</summary>
    public const string SortPrefix = "__Sort_";

    /// <summary>The prefix of reserved fields; undefined fields with it are culture-invariant analyzed.</summary>
    public const string ReservedPrefix = "__";

    /// <summary>The name of the sort copy of <paramref name="fieldName"/>.</summary>
    public static string SortFieldName(string fieldName) => SortPrefix + fieldName;
}
