using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.Sync.Serialization;

/// <summary>
/// A data type as <c>&lt;DataType Key Alias Level&gt;</c> with <c>Info{Name, EditorAlias, EditorUIAlias, Folder}</c>
/// and <c>&lt;Config&gt;&lt;![CDATA[json]]&gt;&lt;/Config&gt;</c>. The config is written as uSync v14+ writes it:
/// top-level keys sorted, two-space indented JSON; it is read back verbatim.
/// </summary>
public sealed class DataTypeSerializer
{
    /// <summary>The root element name.</summary>
    public const string ElementName = "DataType";

    private static readonly JsonSerializerOptions ConfigJson = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The item's element.</summary>
    public XElement Serialize(DataTypeDefinition dataType)
    {
        var folder = string.IsNullOrEmpty(dataType.Folder) ? null : dataType.Folder;
        return new XElement(
            ElementName,
            new XAttribute("Key", USyncXml.Key(dataType.Key)),
            new XAttribute("Alias", dataType.Name),
            new XAttribute("Level", FolderLevel(folder)),
            new XElement(
                "Info",
                new XElement("Name", dataType.Name),
                new XElement("EditorAlias", dataType.EditorAlias),
                new XElement("EditorUIAlias", dataType.EditorUiAlias),
                new XElement("Folder", folder)),
            new XElement("Config", new XCData(CanonicalConfig(dataType.ConfigJson))));
    }

    /// <summary>Reads an item element; throws <see cref="USyncFormatException"/> when it is not a data type.</summary>
    public DataTypeDefinition Deserialize(XElement element)
    {
        USyncItemNames.ExpectRoot(element, ElementName);
        var info = element.Required("Info");
        var name = info.Text("Name") ?? element.RequiredAttribute("Alias");
        var editorAlias = info.Text("EditorAlias")
            ?? throw new USyncFormatException($"Data type '{name}' has no <EditorAlias>.", USyncXml.LineOf(info));
        return new DataTypeDefinition
        {
            Key = element.KeyAttribute(),
            Name = name,
            EditorAlias = editorAlias,
            EditorUiAlias = info.Text("EditorUIAlias"),
            Folder = info.Text("Folder"),
            ConfigJson = element.Element("Config")?.Value is { Length: > 0 } config ? config : "{}",
        };
    }

    /// <summary>
    /// The config as uSync writes it: top-level keys sorted, indented; text that is not a JSON object is kept as is.
    /// </summary>
    public static string CanonicalConfig(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return "{}";
        }

        try
        {
            if (JsonNode.Parse(json) is not JsonObject config)
            {
                return json;
            }

            var sorted = new JsonObject();
            foreach (var (key, value) in config.OrderBy(p => p.Key, USyncOrder.Instance).ToArray())
            {
                config.Remove(key);
                sorted[key] = value;
            }

            return sorted.ToJsonString(ConfigJson);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static int FolderLevel(string? folder) =>
        folder is null ? 1 : 1 + folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
}
