namespace CareerCms.Web.Sync.Serialization;

/// <summary>What a content <c>.config</c> file holds (invariant content: one value per property).</summary>
public sealed record ContentSyncItem
{
    /// <summary>The document's key.</summary>
    public required Guid Key { get; init; }

    /// <summary>The node name (the file's Alias attribute and NodeName Default).</summary>
    public required string Name { get; init; }

    /// <summary>Tree depth, 1 at root; trashed items are written at 100 + level, as uSync does, so they import last.</summary>
    public int Level { get; init; } = 1;

    /// <summary>The parent's key (empty at root or directly in the recycle bin).</summary>
    public Guid ParentKey { get; init; }

    /// <summary>The parent's name (empty at root).</summary>
    public string ParentName { get; init; } = string.Empty;

    /// <summary>The friendly path: each ancestor-or-self name as a safe alias, e.g. /Careers/MLOpsEngineer.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>In the recycle bin.</summary>
    public bool Trashed { get; init; }

    /// <summary>Where a trashed item came from (empty when unknown or at root).</summary>
    public Guid TrashedParentKey { get; init; }

    /// <summary>The document type alias.</summary>
    public required string ContentTypeAlias { get; init; }

    /// <summary>Creation time (written in the "s" format; read as UTC), null when the file has none.</summary>
    public DateTime? CreateDate { get; init; }

    /// <summary>Position among siblings.</summary>
    public int SortOrder { get; init; }

    /// <summary>Published (Published Default="true").</summary>
    public bool Published { get; init; }

    /// <summary>Property values by alias (the draft values, raw stored strings); null or empty = no value.</summary>
    public IReadOnlyDictionary<string, string?> Values { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);
}
