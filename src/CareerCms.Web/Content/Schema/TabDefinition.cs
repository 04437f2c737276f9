namespace CareerCms.Web.Content.Schema;

/// <summary>A tab or group on a document type.</summary>
public sealed record TabDefinition
{
    /// <summary>Stable key.</summary>
    public required Guid Key { get; init; }

    /// <summary>Caption shown to editors.</summary>
    public required string Caption { get; init; }

    /// <summary>Alias (groups inside tabs use "tab/group").</summary>
    public required string Alias { get; init; }

    /// <summary><c>Tab</c> or <c>Group</c>.</summary>
    public string Type { get; init; } = "Group";

    /// <summary>Order.</summary>
    public int SortOrder { get; init; }
}
