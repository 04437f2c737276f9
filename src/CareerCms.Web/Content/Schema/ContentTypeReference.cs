namespace CareerCms.Web.Content.Schema;

/// <summary>A reference to another document type by key and alias (compositions, allowed children, templates).</summary>
public sealed record ContentTypeReference(Guid Key, string Alias, int SortOrder = 0);
