namespace CareerCms.Web.Content.Documents;

/// <summary>
/// A document in the content tree: its node facts, its current draft and whether a published version exists.
/// Property values are the raw stored strings (as uSync writes them); editors' converters interpret them.
/// </summary>
public sealed record Document
{
    /// <summary>The root's parent id, as in Umbraco.</summary>
    public const int RootParentId = -1;

    /// <summary>The recycle bin's id, as in Umbraco.</summary>
    public const int RecycleBinId = -20;

    /// <summary>Integer id.</summary>
    public int Id { get; init; }

    /// <summary>GUID key.</summary>
    public required Guid Key { get; init; }

    /// <summary>Parent id (-1 at root, -20 in the recycle bin).</summary>
    public int ParentId { get; init; } = RootParentId;

    /// <summary>Depth: 1 at root.</summary>
    public int Level { get; init; } = 1;

    /// <summary>Comma-separated ids from -1 to this node, e.g. "-1,12,40".</summary>
    public string Path { get; init; } = "-1";

    /// <summary>Position among siblings.</summary>
    public int SortOrder { get; init; }

    /// <summary>In the recycle bin (itself or an ancestor).</summary>
    public bool Trashed { get; init; }

    /// <summary>Where a trashed node came from, for restore.</summary>
    public int? OriginalParentId { get; init; }

    /// <summary>Document type id.</summary>
    public int ContentTypeId { get; init; }

    /// <summary>Document type alias.</summary>
    public required string ContentTypeAlias { get; init; }

    /// <summary>Draft name.</summary>
    public required string Name { get; init; }

    /// <summary>Draft URL segment, unique among siblings.</summary>
    public required string UrlSegment { get; init; }

    /// <summary>Creation time (UTC).</summary>
    public DateTime CreateDate { get; init; }

    /// <summary>Last save (UTC).</summary>
    public DateTime UpdateDate { get; init; }

    /// <summary>Creating user id.</summary>
    public int CreatorId { get; init; }

    /// <summary>Last saving user id.</summary>
    public int WriterId { get; init; }

    /// <summary>A published version exists and is live (not unpublished, not trashed).</summary>
    public bool Published { get; init; }

    /// <summary>The draft differs from the published version.</summary>
    public bool Edited { get; init; }

    /// <summary>The current draft version.</summary>
    public int DraftVersionId { get; init; }

    /// <summary>The live version, when published.</summary>
    public int? PublishedVersionId { get; init; }

    /// <summary>Last publish time (UTC).</summary>
    public DateTime? PublishDate { get; init; }

    /// <summary>Last publishing user.</summary>
    public int? PublisherId { get; init; }

    /// <summary>Draft property values by alias (raw stored strings).</summary>
    public IReadOnlyDictionary<string, string?> Values { get; init; } = PropertyValues.Empty;

    /// <summary>The ids in <see cref="Path"/>, root first, excluding -1 (and -20 for trashed items).</summary>
    public IReadOnlyList<int> PathIds =>
        Path.Split(',').Select(int.Parse).Where(id => id > 0).ToArray();

    /// <summary>The ids of the ancestors, root first.</summary>
    public IReadOnlyList<int> AncestorIds => PathIds.Take(PathIds.Count - 1).ToArray();
}
