using System.Globalization;
using System.Xml.Linq;
using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.Sync.Serialization;

/// <summary>
/// A document or element type as uSync's <c>&lt;ContentType Key Alias Level&gt;</c>: Info, Structure (allowed
/// children by sort order), GenericProperties (by alias) and Tabs (by key), elements and flag spellings as uSync
/// writes them.
/// </summary>
public sealed class ContentTypeSerializer
{
    /// <summary>The root element name (also the element of each allowed child in Structure).</summary>
    public const string ElementName = "ContentType";

    /// <summary>The item's element.</summary>
    public XElement Serialize(ContentTypeDefinition type)
    {
        var folder = string.IsNullOrEmpty(type.Folder) ? null : type.Folder;
        var info = new XElement(
            "Info",
            new XElement("Name", type.Name),
            new XElement("Icon", type.Icon),
            new XElement("Thumbnail", type.Thumbnail is { Length: > 0 } thumbnail ? thumbnail : null),
            USyncXml.TextElement("Description", type.Description),
            new XElement("AllowAtRoot", USyncXml.Pascal(type.AllowAtRoot)),
            new XElement("ListView", USyncXml.Key(type.ListView)),
            new XElement("Variations", type.Variations),
            new XElement("IsElement", USyncXml.Lower(type.IsElement)),
            new XElement(
                "HistoryCleanup",
                new XElement("PreventCleanup", USyncXml.Pascal(type.HistoryPreventCleanup)),
                USyncXml.TextElement("KeepAllVersionsNewerThanDays", type.HistoryKeepAllVersionsNewerThanDays),
                USyncXml.TextElement("KeepLatestVersionPerDayForDays", type.HistoryKeepLatestVersionPerDayForDays)));
        if (folder is not null)
        {
            info.Add(new XElement("Folder", folder));
        }

        info.Add(
            new XElement("Compositions", type.Compositions.OrderBy(c => c.Alias, USyncOrder.Instance).Select(c => Reference("Composition", c))),
            USyncXml.TextElement("DefaultTemplate", type.DefaultTemplate),
            new XElement("AllowedTemplates", type.AllowedTemplates.Select(t => Reference("Template", t))));

        return new XElement(
            ElementName,
            new XAttribute("Key", USyncXml.Key(type.Key)),
            new XAttribute("Alias", type.Alias),
            new XAttribute("Level", folder is null ? 1 : 1 + folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Length),
            info,
            new XElement(
                "Structure",
                type.AllowedChildren.OrderBy(c => c.SortOrder).Select(c => new XElement(
                    ElementName,
                    new XAttribute("Key", USyncXml.Key(c.Key)),
                    new XAttribute("SortOrder", c.SortOrder.ToString(CultureInfo.InvariantCulture)),
                    c.Alias))),
            new XElement("GenericProperties", type.Properties.OrderBy(p => p.Alias, USyncOrder.Instance).Select(SerializeProperty)),
            new XElement("Tabs", type.Tabs.OrderBy(t => t.Key).Select(SerializeTab)));
    }

    /// <summary>Reads an item element; throws <see cref="USyncFormatException"/> when it is not a content type.</summary>
    public ContentTypeDefinition Deserialize(XElement element)
    {
        USyncItemNames.ExpectRoot(element, ElementName);
        var alias = element.RequiredAttribute("Alias");
        var info = element.Required("Info");
        var history = info.Element("HistoryCleanup");
        return new ContentTypeDefinition
        {
            Key = element.KeyAttribute(),
            Alias = alias,
            Name = info.Text("Name") ?? alias,
            Icon = info.Text("Icon") ?? "icon-document",
            Thumbnail = info.Text("Thumbnail"),
            Description = info.Text("Description"),
            AllowAtRoot = info.Bool("AllowAtRoot"),
            ListView = info.GuidValue("ListView"),
            Variations = info.Text("Variations") ?? "Nothing",
            IsElement = info.Bool("IsElement"),
            HistoryPreventCleanup = history?.Bool("PreventCleanup") ?? false,
            HistoryKeepAllVersionsNewerThanDays = history?.Text("KeepAllVersionsNewerThanDays"),
            HistoryKeepLatestVersionPerDayForDays = history?.Text("KeepLatestVersionPerDayForDays"),
            Folder = info.Text("Folder"),
            Compositions = References(info.Element("Compositions"), "Composition"),
            DefaultTemplate = info.Text("DefaultTemplate"),
            AllowedTemplates = References(info.Element("AllowedTemplates"), "Template"),
            AllowedChildren = References(element.Element("Structure"), ElementName),
            Properties = (element.Element("GenericProperties")?.Elements("GenericProperty") ?? []).Select(DeserializeProperty).ToArray(),
            Tabs = (element.Element("Tabs")?.Elements("Tab") ?? []).Select(DeserializeTab).ToArray(),
        };
    }

    private static XElement Reference(string name, ContentTypeReference reference) =>
        new(name, new XAttribute("Key", USyncXml.Key(reference.Key)), reference.Alias);

    private static ContentTypeReference[] References(XElement? container, string childName)
    {
        if (container is null)
        {
            return [];
        }

        var sortOrder = 0;
        var result = new List<ContentTypeReference>();
        foreach (var child in container.Elements(childName))
        {
            var alias = child.Value.Trim();
            if (alias.Length == 0)
            {
                throw new USyncFormatException($"<{childName}> names no alias.", USyncXml.LineOf(child));
            }

            sortOrder = child.IntAttribute("SortOrder", sortOrder);
            result.Add(new ContentTypeReference(child.OptionalKeyAttribute(), alias, sortOrder));
            sortOrder++;
        }

        return [.. result];
    }

    private static XElement SerializeProperty(PropertyTypeDefinition property)
    {
        var tab = USyncXml.TextElement("Tab", property.TabCaption);
        if (!string.IsNullOrEmpty(property.TabAlias))
        {
            tab.Add(new XAttribute("Alias", property.TabAlias));
        }

        return new XElement(
            "GenericProperty",
            new XElement("Key", USyncXml.Key(property.Key)),
            new XElement("Name", property.Name),
            new XElement("Alias", property.Alias),
            new XElement("Definition", USyncXml.Key(property.DataTypeKey)),
            new XElement("Type", property.EditorAlias),
            new XElement("Mandatory", USyncXml.Lower(property.Mandatory)),
            USyncXml.TextElement("Validation", property.ValidationRegExp),
            new XElement("Description", new XCData(property.Description ?? string.Empty)),
            new XElement("SortOrder", property.SortOrder.ToString(CultureInfo.InvariantCulture)),
            tab,
            new XElement("Variations", property.Variations),
            USyncXml.TextElement("MandatoryMessage", property.MandatoryMessage),
            USyncXml.TextElement("ValidationRegExpMessage", property.ValidationRegExpMessage),
            new XElement("LabelOnTop", USyncXml.Lower(property.LabelOnTop)));
    }

    private static PropertyTypeDefinition DeserializeProperty(XElement element)
    {
        var alias = element.Text("Alias") ?? throw new USyncFormatException("<GenericProperty> has no <Alias>.", USyncXml.LineOf(element));
        var key = element.GuidValue("Key");
        var dataTypeKey = element.GuidValue("Definition");
        if (key == Guid.Empty)
        {
            throw new USyncFormatException($"Property '{alias}' has no <Key>.", USyncXml.LineOf(element));
        }

        if (dataTypeKey == Guid.Empty)
        {
            throw new USyncFormatException($"Property '{alias}' has no <Definition> (data type key).", USyncXml.LineOf(element));
        }

        var tab = element.Element("Tab");
        return new PropertyTypeDefinition
        {
            Key = key,
            Name = element.Text("Name") ?? alias,
            Alias = alias,
            DataTypeKey = dataTypeKey,
            EditorAlias = element.Text("Type") ?? throw new USyncFormatException($"Property '{alias}' has no <Type>.", USyncXml.LineOf(element)),
            Mandatory = element.Bool("Mandatory"),
            ValidationRegExp = element.Text("Validation"),
            Description = element.Text("Description"),
            SortOrder = element.Int("SortOrder"),
            TabAlias = tab?.Attribute("Alias")?.Value is { Length: > 0 } tabAlias ? tabAlias : null,
            TabCaption = tab?.Value is { Length: > 0 } caption ? caption : null,
            Variations = element.Text("Variations") ?? "Nothing",
            MandatoryMessage = element.Text("MandatoryMessage"),
            ValidationRegExpMessage = element.Text("ValidationRegExpMessage"),
            LabelOnTop = element.Bool("LabelOnTop"),
        };
    }

    private static XElement SerializeTab(TabDefinition tab) =>
        new(
            "Tab",
            new XElement("Key", USyncXml.Key(tab.Key)),
            new XElement("Caption", tab.Caption),
            new XElement("Alias", tab.Alias),
            new XElement("Type", tab.Type),
            new XElement("SortOrder", tab.SortOrder.ToString(CultureInfo.InvariantCulture)));

    private static TabDefinition DeserializeTab(XElement element)
    {
        var alias = element.Text("Alias") ?? throw new USyncFormatException("<Tab> has no <Alias>.", USyncXml.LineOf(element));
        var key = element.GuidValue("Key");
        return new TabDefinition
        {
            Key = key == Guid.Empty ? throw new USyncFormatException($"Tab '{alias}' has no <Key>.", USyncXml.LineOf(element)) : key,
            Caption = element.Text("Caption") ?? alias,
            Alias = alias,
            Type = element.Text("Type") ?? "Group",
            SortOrder = element.Int("SortOrder"),
        };
    }
}
