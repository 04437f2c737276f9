using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CareerCms.Web.Sync.Serialization;

/// <summary>
/// Reads and writes uSync item files. The written form matches the repository's uSync folder byte for byte:
/// UTF-8 without BOM, <c>&lt;?xml version="1.0" encoding="utf-8"?&gt;</c>, two-space indent, LF newlines and one
/// final newline. (uSync itself saves with XElement.Save: a BOM, the platform newline and no final newline; the
/// starter files, which the repository keeps, set the convention here.)
/// </summary>
public static class USyncXml
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = Utf8NoBom,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        OmitXmlDeclaration = false,
    };

    /// <summary>The file bytes of an item element.</summary>
    public static byte[] ToBytes(XElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            new XDocument(element).Save(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The file text of an item element.</summary>
    public static string ToText(XElement element) => Utf8NoBom.GetString(ToBytes(element));

    /// <summary>Parses a file's bytes, keeping line numbers; malformed XML throws <see cref="USyncFormatException"/>.</summary>
    public static XElement Parse(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            return XDocument.Load(stream, LoadOptions.SetLineInfo).Root
                ?? throw new USyncFormatException("The file has no root element.", 1);
        }
        catch (XmlException ex)
        {
            throw new USyncFormatException($"Malformed XML: {ex.Message}", ex.LineNumber == 0 ? null : ex.LineNumber);
        }
    }

    /// <summary>The 1-based line of a node, when known.</summary>
    public static int? LineOf(XObject? node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>A required child element.</summary>
    public static XElement Required(this XElement parent, string name) =>
        parent.Element(name) ?? throw new USyncFormatException($"<{parent.Name.LocalName}> has no <{name}> element.", LineOf(parent));

    /// <summary>A required attribute's value.</summary>
    public static string RequiredAttribute(this XElement element, string name)
    {
        var value = element.Attribute(name)?.Value;
        return string.IsNullOrWhiteSpace(value)
            ? throw new USyncFormatException($"<{element.Name.LocalName}> has no {name} attribute.", LineOf(element))
            : value;
    }

    /// <summary>A required GUID attribute.</summary>
    public static Guid KeyAttribute(this XElement element, string name = "Key")
    {
        var text = element.RequiredAttribute(name);
        return Guid.TryParse(text, out var key)
            ? key
            : throw new USyncFormatException($"<{element.Name.LocalName}> {name}=\"{text}\" is not a GUID.", LineOf(element));
    }

    /// <summary>An optional GUID attribute (empty GUID when absent or blank).</summary>
    public static Guid OptionalKeyAttribute(this XElement element, string name = "Key")
    {
        var text = element.Attribute(name)?.Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Guid.Empty;
        }

        return Guid.TryParse(text, out var key)
            ? key
            : throw new USyncFormatException($"<{element.Name.LocalName}> {name}=\"{text}\" is not a GUID.", LineOf(element));
    }

    /// <summary>An integer attribute, or <paramref name="fallback"/> when absent.</summary>
    public static int IntAttribute(this XElement element, string name, int fallback)
    {
        var text = element.Attribute(name)?.Value;
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new USyncFormatException($"<{element.Name.LocalName}> {name}=\"{text}\" is not a whole number.", LineOf(element));
    }

    /// <summary>A child element's text, null when absent or empty.</summary>
    public static string? Text(this XElement parent, string name) =>
        parent.Element(name)?.Value is { Length: > 0 } value ? value : null;

    /// <summary>A child element's boolean ("true"/"True"), <paramref name="fallback"/> when absent or empty.</summary>
    public static bool Bool(this XElement parent, string name, bool fallback = false)
    {
        var element = parent.Element(name);
        return element is null || string.IsNullOrWhiteSpace(element.Value) ? fallback : ParseBool(element, element.Value);
    }

    /// <summary>A child element's whole number.</summary>
    public static int Int(this XElement parent, string name, int fallback = 0)
    {
        var element = parent.Element(name);
        if (element is null || string.IsNullOrWhiteSpace(element.Value))
        {
            return fallback;
        }

        return int.TryParse(element.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new USyncFormatException($"<{name}>{element.Value}</{name}> is not a whole number.", LineOf(element));
    }

    /// <summary>A child element's GUID, empty when absent or blank.</summary>
    public static Guid GuidValue(this XElement parent, string name)
    {
        var element = parent.Element(name);
        if (element is null || string.IsNullOrWhiteSpace(element.Value))
        {
            return Guid.Empty;
        }

        return Guid.TryParse(element.Value.Trim(), out var value)
            ? value
            : throw new USyncFormatException($"<{name}>{element.Value}</{name}> is not a GUID.", LineOf(element));
    }

    /// <summary>Parses "true"/"false" in any case, as uSync writes both.</summary>
    public static bool ParseBool(XObject at, string text) =>
        bool.TryParse(text.Trim(), out var value)
            ? value
            : throw new USyncFormatException($"'{text}' is not true or false.", LineOf(at));

    /// <summary>An element with text content that is written as <c>&lt;a&gt;&lt;/a&gt;</c> when empty (uSync's form for text fields).</summary>
    public static XElement TextElement(string name, string? value) => new(name, value ?? string.Empty);

    /// <summary>A boolean the way XmlConvert writes it ("true"/"false"), as uSync does for most flags.</summary>
    public static string Lower(bool value) => value ? "true" : "false";

    /// <summary>A boolean the way bool.ToString() writes it ("True"/"False"), as uSync does for a few flags.</summary>
    public static string Pascal(bool value) => value ? "True" : "False";

    /// <summary>A GUID in uSync's form (lowercase, hyphenated).</summary>
    public static string Key(Guid key) => key.ToString("D");
}

/// <summary>A uSync file that is not in the expected shape; <see cref="Line"/> is the 1-based line when known.</summary>
public sealed class USyncFormatException(string message, int? line) : Exception(message)
{
    /// <summary>The 1-based line of the problem.</summary>
    public int? Line { get; } = line;
}
