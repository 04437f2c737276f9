using System.Xml.Linq;

namespace CareerCms.Web.Sync.Serialization;

/// <summary>uSync's marker file for an item that is gone: <c>&lt;Empty Key Alias Change /&gt;</c>.</summary>
public sealed record EmptyMarker(Guid Key, string Alias, EmptyMarkerChange Change)
{
    /// <summary>The root element name.</summary>
    public const string ElementName = "Empty";

    /// <summary>The marker's element.</summary>
    public XElement Serialize() =>
        new(ElementName, new XAttribute("Key", USyncXml.Key(Key)), new XAttribute("Alias", Alias), new XAttribute("Change", Change.ToString()));

    /// <summary>Reads a marker element.</summary>
    public static EmptyMarker Deserialize(XElement element)
    {
        USyncItemNames.ExpectRoot(element, ElementName);
        var changeText = element.RequiredAttribute("Change");
        return Enum.TryParse<EmptyMarkerChange>(changeText, ignoreCase: true, out var change) && Enum.IsDefined(change)
            ? new EmptyMarker(element.KeyAttribute(), element.Attribute("Alias")?.Value ?? string.Empty, change)
            : throw new USyncFormatException($"<Empty Change=\"{changeText}\"> is not Delete, Rename or Clean.", USyncXml.LineOf(element));
    }
}

/// <summary>What an <see cref="EmptyMarker"/> records.</summary>
public enum EmptyMarkerChange
{
    /// <summary>The item was deleted: delete it on import.</summary>
    Delete,

    /// <summary>The item now lives in another file (renamed): nothing to do on import.</summary>
    Rename,

    /// <summary>Items missing from the folder should be removed (not supported here).</summary>
    Clean,
}
