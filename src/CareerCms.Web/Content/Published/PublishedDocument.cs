namespace CareerCms.Web.Content.Published;

/// <summary>
/// A routable published document as the Delivery API and the site see it: published name, segment and values;
/// only documents whose every ancestor is published (and none trashed) are in the cache.
/// </summary>
public sealed record PublishedDocument
{
    public required int Id { get; init; }
    public required Guid Key { get; init; }
    public required int ParentId { get; init; }
    public Guid? ParentKey { get; init; }
    public required int Level { get; init; }
    public required string Path { get; init; }
    public required int SortOrder { get; init; }
    public required string ContentTypeAlias { get; init; }
    public required string Name { get; init; }
    public required string UrlSegment { get; init; }
    public required DateTime CreateDate { get; init; }
    public required DateTime UpdateDate { get; init; }

    /// <summary>Keys of the ancestors, root first.</summary>
    public IReadOnlyList<Guid> AncestorKeys { get; init; } = [];

    /// <summary>Published property values (raw stored strings).</summary>
    public required IReadOnlyDictionary<string, string?> Values { get; init; }
}
