namespace CareerCms.Web.Content.Schema;

/// <summary>A document type or element type: structure, properties, tabs and groups.</summary>
public sealed record ContentTypeDefinition
{
    /// <summary>Database id (0 until saved).</summary>
    public int Id { get; init; }

    /// <summary>Stable key.</summary>
    public required Guid Key { get; init; }

    /// <summary>Alias: the contract used by the Delivery API, uSync and filters.</summary>
    public required string Alias { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Icon such as <c>icon-document</c>.</summary>
    public string Icon { get; init; } = "icon-document";

    /// <summary>Thumbnail (kept for uSync fidelity).</summary>
    public string? Thumbnail { get; init; } = "folder.png";

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>May be created at the root of the content tree.</summary>
    public bool AllowAtRoot { get; init; }

    /// <summary>An element type: used inside blocks, never in the tree.</summary>
    public bool IsElement { get; init; }

    /// <summary>Umbraco's variation setting (CareerCms content is invariant: Nothing).</summary>
    public string Variations { get; init; } = "Nothing";

    /// <summary>The list view data type key (empty GUID = none).</summary>
    public Guid ListView { get; init; }

    /// <summary>Organising folder.</summary>
    public string? Folder { get; init; }

    /// <summary>History cleanup override: prevent cleanup.</summary>
    public bool HistoryPreventCleanup { get; init; }

    /// <summary>History cleanup override: keep all versions newer than days.</summary>
    public string? HistoryKeepAllVersionsNewerThanDays { get; init; }

    /// <summary>History cleanup override: keep latest version per day for days.</summary>
    public string? HistoryKeepLatestVersionPerDayForDays { get; init; }

    /// <summary>Default template alias (headless: usually none).</summary>
    public string? DefaultTemplate { get; init; }

    /// <summary>Allowed templates.</summary>
    public IReadOnlyList<ContentTypeReference> AllowedTemplates { get; init; } = [];

    /// <summary>Composition types whose properties are mixed in.</summary>
    public IReadOnlyList<ContentTypeReference> Compositions { get; init; } = [];

    /// <summary>Document types allowed as children, in order.</summary>
    public IReadOnlyList<ContentTypeReference> AllowedChildren { get; init; } = [];

    /// <summary>Own properties (not those of compositions).</summary>
    public IReadOnlyList<PropertyTypeDefinition> Properties { get; init; } = [];

    /// <summary>Tabs and groups.</summary>
    public IReadOnlyList<TabDefinition> Tabs { get; init; } = [];
}
