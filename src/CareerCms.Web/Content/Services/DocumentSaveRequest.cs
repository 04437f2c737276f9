namespace CareerCms.Web.Content.Services;

/// <summary>Create or update a document's draft. All values are sent (absent aliases are cleared).</summary>
public sealed record DocumentSaveRequest
{
    /// <summary>The document to update; for a create, the key to use (null = a new key).</summary>
    public Guid? Key { get; init; }

    /// <summary>Parent on create (null = root). Ignored on update; use Move.</summary>
    public Guid? ParentKey { get; init; }

    /// <summary>Document type alias on create. Ignored on update.</summary>
    public string? ContentTypeAlias { get; init; }

    /// <summary>Node name.</summary>
    public required string Name { get; init; }

    /// <summary>Property values by alias (raw stored strings).</summary>
    public IReadOnlyDictionary<string, string?> Values { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Optimistic concurrency: the draft version the editor started from. When set and no longer current, the
    /// save is refused with ConcurrencyConflict instead of silently overwriting another editor's change.
    /// </summary>
    public int? ExpectedDraftVersionId { get; init; }

    /// <summary>Creation date to keep (imports); null = now.</summary>
    public DateTime? CreateDate { get; init; }

    /// <summary>Sort order to use on create (imports); null = last.</summary>
    public int? SortOrder { get; init; }
}
