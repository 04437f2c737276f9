namespace CareerCms.Web.Persistence.Repositories;

/// <summary>A row of umbracoContentVersion (Dapper POCO).</summary>
internal sealed class VersionRow
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public string VersionDate { get; set; } = "";
    public int UserId { get; set; }
    public string Name { get; set; } = "";
    public string UrlSegment { get; set; } = "";
    public string PropertyData { get; set; } = "{}";
}
