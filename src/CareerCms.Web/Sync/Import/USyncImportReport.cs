using System.Text.Json.Serialization;

namespace CareerCms.Web.Sync.Import;

/// <summary>What an import (or a dry-run report) did or would do, and why it failed when it did.</summary>
public sealed record USyncImportReport
{
    /// <summary>True when there were no errors (for an import: everything was applied; otherwise nothing was).</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>True for a dry run: the changes were worked out in a transaction that was rolled back.</summary>
    public bool DryRun { get; init; }

    /// <summary>One entry per item file.</summary>
    public IReadOnlyList<USyncImportItem> Items { get; init; } = [];

    /// <summary>Every problem found; any error means nothing was applied.</summary>
    public IReadOnlyList<USyncImportError> Errors { get; init; } = [];
}

/// <summary>One item file's outcome.</summary>
/// <param name="File">The file, relative to the uSync root, with forward slashes (e.g. Content/python.config).</param>
/// <param name="Type">DataType, ContentType or Content.</param>
/// <param name="Name">The item's name or alias.</param>
/// <param name="Change">What the import did (or would do).</param>
/// <param name="Message">Detail, such as which parts changed.</param>
public sealed record USyncImportItem(string File, string Type, string Name, USyncChange Change, string? Message = null);

/// <summary>A problem with a file: <paramref name="Line"/> is 1-based when known.</summary>
public sealed record USyncImportError(string File, int? Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } line ? $"{File}({line}): {Message}" : $"{File}: {Message}";
}

/// <summary>uSync's change types as this runtime reports them (names in JSON).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<USyncChange>))]
public enum USyncChange
{
    /// <summary>The item is new.</summary>
    Create,

    /// <summary>The item exists and differs from the file.</summary>
    Update,

    /// <summary>The item already matches the file; it is not saved again.</summary>
    NoChange,

    /// <summary>The item was deleted by a Delete marker.</summary>
    Delete,
}

/// <summary>Options for one import.</summary>
public sealed record USyncImportOptions
{
    /// <summary>Re-save every item even when it already matches its file (uSync's "Import Force").</summary>
    public bool Force { get; init; }

    /// <summary>The handler group to import: All, Settings or Content.</summary>
    public string Group { get; init; } = USyncGroups.All;
}
