namespace CareerCms.Web.Backoffice.Users;

/// <summary>
/// A user group: the sections its members see, the document permission verbs they have (Umbraco 14+ strings such
/// as <c>Umb.Document.Publish</c>) and the document start node (null = the whole tree).
/// </summary>
public sealed record UserGroup
{
    /// <summary>Integer id.</summary>
    public int Id { get; init; }

    /// <summary>Stable key (Umbraco's well-known keys for the default groups).</summary>
    public required Guid Key { get; init; }

    /// <summary>Alias (admin, editor, writer, or a custom one).</summary>
    public required string Alias { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Icon.</summary>
    public string? Icon { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Section aliases such as <c>Umb.Section.Content</c>.</summary>
    public IReadOnlySet<string> Sections { get; init; } = new HashSet<string>();

    /// <summary>Default document permission verbs.</summary>
    public IReadOnlySet<string> Permissions { get; init; } = new HashSet<string>();

    /// <summary>Document start node; null = root access.</summary>
    public Guid? StartContentKey { get; init; }

    /// <summary>A built-in group that cannot be deleted (Administrators).</summary>
    public bool IsSystem { get; init; }
}
