namespace CareerCms.Web.Content.Documents;

/// <summary>Who did what to which document, and when.</summary>
public sealed record AuditEntry(int Id, int? NodeId, Guid? NodeKey, int UserId, string Action, string? Comment, DateTime EventDate);
