namespace CareerCms.Web.Sync;

/// <summary>The handler folders this runtime reads and writes, in import order (uSync's handler priorities).</summary>
public static class USyncFolders
{
    /// <summary>DataTypeHandler (priority 1010, Settings).</summary>
    public const string DataTypes = "DataTypes";

    /// <summary>ContentTypeHandler (priority 1030, Settings).</summary>
    public const string ContentTypes = "ContentTypes";

    /// <summary>ContentHandler (priority 1210, Content).</summary>
    public const string Content = "Content";

    /// <summary>The handler group a folder belongs to.</summary>
    public static string GroupOf(string folder) => folder == Content ? USyncGroups.Content : USyncGroups.Settings;
}
