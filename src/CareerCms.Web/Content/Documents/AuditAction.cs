namespace CareerCms.Web.Content.Documents;

/// <summary>The audited operations (names as Umbraco's history shows them).</summary>
public static class AuditAction
{
    public const string Save = "Save";
    public const string Publish = "Publish";
    public const string Unpublish = "Unpublish";
    public const string Move = "Move";
    public const string Copy = "Copy";
    public const string Sort = "Sort";
    public const string Trash = "Trash";
    public const string Restore = "Restore";
    public const string Delete = "Delete";
    public const string RollBack = "RollBack";
    public const string Import = "Import";
}
