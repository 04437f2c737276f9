namespace CareerCms.Plugin.Ports;

/// <summary>
/// One routable published document as a reader hands it to <see cref="CareerContentSnapshot.Build"/>: identity,
/// place in the tree and a way to read its stored property values.
/// </summary>
/// <param name="Key">The document's key.</param>
/// <param name="ParentKey">The parent's key (null at root).</param>
/// <param name="ContentTypeAlias">The document type alias.</param>
/// <param name="Name">The published name.</param>
/// <param name="UrlSegment">The published url segment (a skill's alias).</param>
/// <param name="Value">The stored (source) value of a property by alias; null when absent.</param>
/// <param name="Version">
/// An object that is the same instance as long as the document is unchanged (e.g. the cache's record of it), so
/// a rebuild can reuse what it parsed before; null to parse every time.
/// </param>
/// <param name="AncestorKeys">
/// The keys of the document's ancestors (any order); null when the reader does not know them (then the snapshot
/// cannot say which careers and paths a branch holds, and path counting recounts after a branch change).
/// </param>
public sealed record CareerContentItem(
    Guid Key,
    Guid? ParentKey,
    string ContentTypeAlias,
    string Name,
    string UrlSegment,
    Func<string, object?> Value,
    object? Version = null,
    IReadOnlyList<Guid>? AncestorKeys = null);
