namespace CareerCms.Web.DeliveryApi.Indexing;

/// <summary>The field names of Umbraco's DeliveryApiContentIndex that the runtime itself writes and queries.</summary>
public static class DeliveryApiIndexFieldNames
{
    /// <summary>The index name, as in Umbraco.</summary>
    public const string IndexName = "DeliveryApiContentIndex";

    public const string Id = "id";
    public const string ContentTypeId = "contentTypeId";
    public const string Culture = "culture";
    public const string Published = "published";
    public const string Path = "__Path";
    public const string NodeName = "nodeName";
    public const string ItemId = "itemId";
    public const string ParentId = "parentId";
    public const string AncestorIds = "ancestorIds";
    public const string ContentType = "contentType";
    public const string Name = "name";
    public const string SortName = "sortName";
    public const string CreateDate = "createDate";
    public const string UpdateDate = "updateDate";
    public const string Level = "level";
    public const string SortOrder = "sortOrder";

    /// <summary>The culture value of invariant content.</summary>
    public const string InvariantCulture = "none";
}
