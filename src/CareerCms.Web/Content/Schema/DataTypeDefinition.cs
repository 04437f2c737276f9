using System.Text.Json.Nodes;

namespace CareerCms.Web.Content.Schema;

/// <summary>A data type: a named configuration of a property editor (e.g. "Salary" = Umbraco.Integer with min 0).</summary>
public sealed record DataTypeDefinition
{
    /// <summary>Database id (0 until saved).</summary>
    public int Id { get; init; }

    /// <summary>Stable key, shared with uSync files.</summary>
    public required Guid Key { get; init; }

    /// <summary>Display name; also the uSync alias.</summary>
    public required string Name { get; init; }

    /// <summary>Server-side editor alias such as <c>Umbraco.TextBox</c>.</summary>
    public required string EditorAlias { get; init; }

    /// <summary>Backoffice UI alias such as <c>Umb.PropertyEditorUi.TextBox</c>.</summary>
    public string? EditorUiAlias { get; init; }

    /// <summary>Organising folder (URL-encoded segments, as uSync writes them).</summary>
    public string? Folder { get; init; }

    /// <summary>The editor configuration as JSON text, exactly as stored and exported.</summary>
    public string ConfigJson { get; init; } = "{}";

    /// <summary>The configuration parsed (an empty object when absent or not an object).</summary>
    public JsonObject Config => JsonNode.Parse(string.IsNullOrWhiteSpace(ConfigJson) ? "{}" : ConfigJson) as JsonObject ?? [];
}
