namespace CareerCms.Web.Search.Indexing;

/// <summary>
/// The field names of Umbraco's content value sets (ContentValueSetBuilder), so Examine queries written for Umbraco
/// (<c>__NodeTypeAlias:career AND nodeName:mlops</c>) run unchanged against ExternalIndex and InternalIndex.
/// </summary>
public static class ContentIndexFieldNames
{
    /// <summary>The value set category of documents.</summary>
    public const string ContentCategory = "content";

    public const string Id = "id";
    public const string Key = "__Key";
    public const string NodeName = "nodeName";
    public const string Published = "__Published";
    public const string ParentId = "parentID";
    public const string Level = "level";
    public const string SortOrder = "sortOrder";
    public const string CreateDate = "createDate";
    public const string UpdateDate = "updateDate";
    public const string CreatorId = "creatorID";
    public const string WriterId = "writerID";
    public const string TemplateId = "templateID";
    public const string UrlName = "urlName";
    public const string NodeType = "nodeType";
    public const string Icon = "icon";
    public const string Path = "path";
    public const string VariesByCulture = "__VariesByCulture";

    /// <summary>Copy of <see cref="Path"/> made in TransformingIndexValues (raw; for branch queries).</summary>
    public const string IndexPath = "__Path";

    /// <summary>Copy of <see cref="Icon"/> made in TransformingIndexValues.</summary>
    public const string IndexIcon = "__Icon";

    /// <summary>Field name of one nested block property: <c>{alias}.items[{index}].{nestedAlias}</c>.</summary>
    public static string NestedProperty(string alias, int index, string nestedAlias) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{alias}.items[{index}].{nestedAlias}");
}
