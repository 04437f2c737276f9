using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.DeliveryApi.Output.Schema;

/// <summary>
/// Data type configuration parsed once per data type definition (a schema change brings new instances) and shared
/// by every response. Renderers only read it; it is fully materialized before it is shared, because a parsed
/// <see cref="JsonNode"/> builds its children lazily on first read, which is not safe on several threads at once.
/// </summary>
internal static class DataTypeConfigurations
{
    private static readonly ConditionalWeakTable<DataTypeDefinition, JsonObject> Parsed = new();

    /// <summary>The data type's configuration (an empty object when there is none).</summary>
    public static JsonObject For(DataTypeDefinition? dataType) =>
        dataType is null ? [] : Parsed.GetValue(dataType, static definition => Materialize(definition.Config));

    private static JsonObject Materialize(JsonObject configuration)
    {
        Visit(configuration);
        return configuration;
    }

    private static void Visit(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Visit(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Visit(child);
                }

                break;
        }
    }
}
