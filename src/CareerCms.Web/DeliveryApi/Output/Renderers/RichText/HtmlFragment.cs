using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace CareerCms.Web.DeliveryApi.Output.Renderers.RichText;

/// <summary>Rich text markup parsed as an HTML body fragment (AngleSharp), and the encodings Umbraco's output keeps.</summary>
internal static class HtmlFragment
{
    /// <summary>The top-level nodes of the markup.</summary>
    public static IReadOnlyList<INode> Parse(string markup)
    {
        // A parser per call: AngleSharp parsers are not documented as thread-safe.
        var parser = new HtmlParser();
        var document = parser.ParseDocument(string.Empty);
        return [.. parser.ParseFragment(markup, document.Body!)];
    }

    /// <summary>The nodes serialized back to markup.</summary>
    public static string Serialize(IEnumerable<INode> nodes)
    {
        var builder = new StringBuilder();
        foreach (var node in nodes)
        {
            builder.Append(node.ToHtml(HtmlMarkupFormatter.Instance));
        }

        return builder.ToString();
    }

    /// <summary>Every element of the nodes and their descendants, in document order.</summary>
    public static IEnumerable<IElement> Elements(IEnumerable<INode> nodes)
    {
        foreach (var element in nodes.OfType<IElement>())
        {
            yield return element;
            foreach (var descendant in element.QuerySelectorAll("*"))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>
    /// Text as it appears in the source markup. Umbraco's parser (HtmlAgilityPack) hands out text and attribute values
    /// undecoded; re-encoding what the rich text editor encodes reproduces that for editor-written markup.
    /// </summary>
    public static string EncodeText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);

    /// <summary>An attribute value as it appears in the source markup (see <see cref="EncodeText"/>).</summary>
    public static string EncodeAttribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);
}
