namespace CareerCms.Web.Content.Documents;

/// <summary>One saved version of a document: every save writes a new one; publishing points at one.</summary>
public sealed record DocumentVersion(
    int Id,
    int NodeId,
    DateTime VersionDate,
    int UserId,
    string Name,
    string UrlSegment,
    IReadOnlyDictionary<string, string?> Values);
