namespace CareerCms.Web.Backoffice.Content;

/// <summary>A document as the tree, collection and pickers need it: node facts without property values.</summary>
public sealed record TreeNode
{
    public int Id { get; init; }

    public required Guid Key { get; init; }

    public int ParentId { get; init; }

    public Guid? ParentKey { get; init; }

    public required string Path { get; init; }

    public int Level { get; init; }

    public int SortOrder { get; init; }

    public bool Trashed { get; init; }

    public required string ContentTypeAlias { get; init; }

    public required string Name { get; init; }

    public bool Published { get; init; }

    public bool Edited { get; init; }

    public DateTime CreateDate { get; init; }

    public DateTime UpdateDate { get; init; }

    public int WriterId { get; init; }

    public int ChildCount { get; init; }

    public int? DraftVersionId { get; init; }

    public int? PublishedVersionId { get; init; }

    /// <summary>The ids in the path, root first, without -1 and -20.</summary>
    public IReadOnlyList<int> PathIds => Path.Split(',').Select(int.Parse).Where(i => i > 0).ToArray();
}
