namespace CareerCms.Web.Persistence.Repositories;

/// <summary>A row of umbracoNode joined with its document type alias and draft version values (Dapper POCO).</summary>
internal sealed class NodeRow
{
    public int Id { get; set; }
    public string UniqueId { get; set; } = "";
    public int ParentId { get; set; }
    public int Level { get; set; }
    public string Path { get; set; } = "";
    public int SortOrder { get; set; }
    public bool Trashed { get; set; }
    public int? OriginalParentId { get; set; }
    public int ContentTypeId { get; set; }
    public string ContentTypeAlias { get; set; } = "";
    public string Name { get; set; } = "";
    public string UrlSegment { get; set; } = "";
    public string CreateDate { get; set; } = "";
    public string UpdateDate { get; set; } = "";
    public int CreatorId { get; set; }
    public int WriterId { get; set; }
    public bool Published { get; set; }
    public bool Edited { get; set; }
    public int? DraftVersionId { get; set; }
    public int? PublishedVersionId { get; set; }
    public string? PublishDate { get; set; }
    public int? PublisherId { get; set; }
    public string? DraftData { get; set; }
}
