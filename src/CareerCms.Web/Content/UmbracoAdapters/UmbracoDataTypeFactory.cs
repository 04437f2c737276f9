using System.Text.Json;
using System.Text.Json.Nodes;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Schema;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;

namespace CareerCms.Web.Content.UmbracoAdapters;

/// <summary>
/// Turns our data types into Core's own <see cref="DataType"/> (over Core's <see cref="DataEditor"/> and
/// <see cref="DataValueEditorFactory"/>), so handlers of Core's DataType notifications see what they would see in
/// Umbraco: key, id, name, editor and UI aliases, storage type and the configuration.
/// </summary>
public sealed class UmbracoDataTypeFactory(IServiceProvider services)
{
    private readonly IConfigurationEditorJsonSerializer _serializer = new ConfigurationEditorJsonSerializer();

    /// <summary>Core's data type for a definition.</summary>
    public IDataType Create(DataTypeDefinition definition)
    {
        var editor = new DataEditor(new DataValueEditorFactory(services)) { Alias = definition.EditorAlias };
        var dataType = new DataType(editor, _serializer, -1)
        {
            Id = definition.Id,
            Key = definition.Key,
            Name = definition.Name,
            EditorUiAlias = definition.EditorUiAlias,
            DatabaseType = EditorCatalog.StorageType(definition.EditorAlias),
            ConfigurationData = definition.Config.ToDictionary(p => p.Key, p => Plain(p.Value)),
        };
        dataType.ResetDirtyProperties(false);
        return dataType;
    }

    // Configuration values as plain CLR values (strings, numbers, booleans, lists, dictionaries), as Umbraco holds them.
    private static object Plain(JsonNode? node) => node switch
    {
        null => null!,
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    /// <summary>Core's configuration serializer contract over System.Text.Json (Umbraco's own lives outside Core).</summary>
    private sealed class ConfigurationEditorJsonSerializer : IConfigurationEditorJsonSerializer
    {
        private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

        public string Serialize(object? input) => JsonSerializer.Serialize(input, Options);

        public T? Deserialize<T>(string input) => JsonSerializer.Deserialize<T>(input, Options);

        public bool TryDeserialize<T>(object input, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
            where T : class
        {
            try
            {
                value = input is string text ? Deserialize<T>(text) : Deserialize<T>(Serialize(input));
                return value is not null;
            }
            catch (JsonException)
            {
                value = default;
                return false;
            }
        }
    }
}
