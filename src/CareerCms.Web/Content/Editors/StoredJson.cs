using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerCms.Web.Content.Editors;

/// <summary>
/// Parses JSON property values strictly: a duplicated member name is malformed JSON here (a <see cref="JsonException"/>,
/// reported to the editor as a validation error), never an object whose members throw when read.
/// </summary>
public static class StoredJson
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    /// <summary>Parses <paramref name="json"/>; malformed JSON or a duplicated member throws <see cref="JsonException"/>.</summary>
    public static JsonNode? Parse(string json) => JsonNode.Parse(json, documentOptions: Strict);
}
