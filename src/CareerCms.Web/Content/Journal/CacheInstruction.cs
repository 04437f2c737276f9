using System.Text.Json;
using Umbraco.Cms.Core.Cache;

namespace CareerCms.Web.Content.Journal;

/// <summary>One journal entry: which refresher to run and its payloads (Core's content refresher payload shape).</summary>
public sealed record CacheInstruction(string Refresher, IReadOnlyList<ContentCacheRefresher.JsonPayload> Payloads)
{
    /// <summary>Refresher name for content changes.</summary>
    public const string Content = "content";

    /// <summary>Refresher name for data type and document type changes.</summary>
    public const string Schema = "schema";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Serialized form stored in umbracoCacheInstruction.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a stored instruction.</summary>
    public static CacheInstruction FromJson(string json) =>
        JsonSerializer.Deserialize<CacheInstruction>(json, Json) ?? throw new JsonException("Empty cache instruction.");
}
