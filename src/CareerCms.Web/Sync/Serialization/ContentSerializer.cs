using System.Globalization;
using System.Xml.Linq;

namespace CareerCms.Web.Sync.Serialization;

/// <summary>
/// A document as uSync's <c>&lt;Content Key Alias Level&gt;</c>: Info (Parent, Path, Trashed, ContentType,
/// CreateDate, NodeName, SortOrder, Published, Schedule, Template) and Properties ordered by alias, each value in
/// CDATA (empty values as empty CDATA, so blanking a field syncs). CareerCms content is invariant and headless:
/// culture variants and schedules in a file are refused rather than silently dropped; templates are ignored.
/// </summary>
public sealed class ContentSerializer
{
    /// <summary>The root element name.</summary>
    public const string ElementName = "Content";

    /// <summary>The item's element.</summary>
    public XElement Serialize(ContentSyncItem item)
    {
        var trashed = new XElement("Trashed", USyncXml.Lower(item.Trashed));
        if (item.Trashed && item.TrashedParentKey != Guid.Empty)
        {
            trashed.Add(new XAttribute("Parent", USyncXml.Key(item.TrashedParentKey)));
        }

        return new XElement(
            ElementName,
            new XAttribute("Key", USyncXml.Key(item.Key)),
            new XAttribute("Alias", item.Name),
            new XAttribute("Level", item.Level.ToString(CultureInfo.InvariantCulture)),
            new XElement(
                "Info",
                new XElement("Parent", new XAttribute("Key", USyncXml.Key(item.ParentKey)), item.ParentName),
                USyncXml.TextElement("Path", item.Path),
                trashed,
                new XElement("ContentType", item.ContentTypeAlias),
                USyncXml.TextElement("CreateDate", item.CreateDate?.ToString("s", CultureInfo.InvariantCulture)),
                new XElement("NodeName", new XAttribute("Default", item.Name)),
                new XElement("SortOrder", item.SortOrder.ToString(CultureInfo.InvariantCulture)),
                new XElement("Published", new XAttribute("Default", USyncXml.Lower(item.Published))),
                new XElement("Schedule"),
                new XElement("Template")),
            new XElement(
                "Properties",
                item.Values.OrderBy(v => v.Key, USyncOrder.Instance)
                    .Select(v => new XElement(v.Key, new XElement("Value", new XCData(v.Value ?? string.Empty))))));
    }

    /// <summary>Reads an item element; throws <see cref="USyncFormatException"/> when it is not content this runtime can hold.</summary>
    public ContentSyncItem Deserialize(XElement element)
    {
        USyncItemNames.ExpectRoot(element, ElementName);
        var info = element.Required("Info");
        var name = info.Element("NodeName")?.Attribute("Default")?.Value is { Length: > 0 } nodeName ? nodeName : element.RequiredAttribute("Alias");
        RefuseCultures(info.Element("NodeName"), "Name");
        RefuseCultures(info.Element("Published"), "Published");
        if (info.Element("Schedule")?.Elements().FirstOrDefault() is { } schedule)
        {
            throw new USyncFormatException("Scheduled publishing is not supported by this runtime; remove the <Schedule> entries.", USyncXml.LineOf(schedule));
        }

        var parent = info.Element("Parent");
        var trashed = info.Element("Trashed");
        return new ContentSyncItem
        {
            Key = element.KeyAttribute(),
            Name = name,
            Level = element.IntAttribute("Level", 1),
            ParentKey = parent?.OptionalKeyAttribute() ?? Guid.Empty,
            ParentName = parent?.Value ?? string.Empty,
            Path = info.Text("Path") ?? string.Empty,
            Trashed = info.Bool("Trashed"),
            TrashedParentKey = trashed?.OptionalKeyAttribute("Parent") ?? Guid.Empty,
            ContentTypeAlias = info.Text("ContentType")
                ?? throw new USyncFormatException($"Content '{name}' has no <ContentType>.", USyncXml.LineOf(info)),
            CreateDate = ParseDate(info.Element("CreateDate")),
            SortOrder = info.Int("SortOrder"),
            Published = info.Element("Published")?.Attribute("Default") is { } published && USyncXml.ParseBool(published, published.Value),
            Values = ReadValues(element.Element("Properties")),
        };
    }

    private static Dictionary<string, string?> ReadValues(XElement? properties)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in properties?.Elements() ?? [])
        {
            var alias = property.Name.LocalName;
            var variant = property.Elements("Value").FirstOrDefault(v => v.Attribute("Culture") is not null || v.Attribute("Segment") is not null);
            if (variant is not null)
            {
                throw new USyncFormatException(
                    $"Property '{alias}' has culture or segment values; CareerCms content is invariant.", USyncXml.LineOf(variant));
            }

            if (!values.TryAdd(alias, property.Element("Value")?.Value is { Length: > 0 } value ? value : null))
            {
                throw new USyncFormatException($"Property '{alias}' appears twice.", USyncXml.LineOf(property));
            }
        }

        return values;
    }

    private static DateTime? ParseDate(XElement? element)
    {
        if (element is null || string.IsNullOrWhiteSpace(element.Value))
        {
            return null;
        }

        return DateTime.TryParse(element.Value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : throw new USyncFormatException($"<CreateDate>{element.Value}</CreateDate> is not a date.", USyncXml.LineOf(element));
    }

    private static void RefuseCultures(XElement? element, string childName)
    {
        if (element?.Element(childName) is { } culture)
        {
            throw new USyncFormatException(
                $"<{element.Name.LocalName}> has per-culture entries; CareerCms content is invariant.", USyncXml.LineOf(culture));
        }
    }
}
