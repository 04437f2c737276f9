using System.Xml.Linq;

namespace CareerCms.Web.Sync.Serialization;

/// <summary>Root element names and the checks every serializer shares.</summary>
public static class USyncItemNames
{
    /// <summary>Throws unless the element is the expected item type.</summary>
    public static void ExpectRoot(XElement element, string expected)
    {
        if (element.Name.LocalName != expected)
        {
            throw new USyncFormatException(
                $"Expected a <{expected}> item but the file holds <{element.Name.LocalName}>.", USyncXml.LineOf(element));
        }
    }
}
