using System.Text.Json.Nodes;
using AngleSharp.Dom;

namespace CareerCms.Web.DeliveryApi.Output.Renderers.RichText;

/// <summary>
/// JSON-mode rich text (<c>RichTextOutputAsJson</c>), like Umbraco's <c>ApiRichTextElementParser</c>:
/// <c>{"tag": "#root", "attributes": {}, "elements": [...], "blocks": [...]}</c>; elements are
/// <c>{"tag", "attributes", "elements"}</c>, text is <c>{"tag": "#text", "text"}</c>; comments and whitespace-only
/// text are dropped; <c>data-x</c> attributes become <c>x</c> (an existing <c>x</c> wins); content local links get a
/// <c>route</c> object plus <c>destinationId</c>, <c>destinationType</c> and <c>linkType</c> instead of <c>href</c>;
/// blocks carry <c>content-id</c>.
/// </summary>
internal static class RichTextElementTreeBuilder
{
    private const string DataPrefix = "data-";

    public static JsonObject Build(string markup, JsonArray blocks, PropertyRenderContext context) => new()
    {
        ["tag"] = "#root",
        ["attributes"] = new JsonObject(),
        ["elements"] = Children(HtmlFragment.Parse(markup), context),
        ["blocks"] = blocks,
    };

    private static JsonArray Children(IEnumerable<INode> nodes, PropertyRenderContext context)
    {
        var result = new JsonArray();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case IElement element:
                    result.Add(Element(element, context));
                    break;
                case IText text when HtmlFragment.EncodeText(text.Data) is var encoded && !string.IsNullOrWhiteSpace(encoded):
                    result.Add(new JsonObject { ["tag"] = "#text", ["text"] = encoded });
                    break;
            }
        }

        return result;
    }

    private static JsonObject Element(IElement element, PropertyRenderContext context)
    {
        var attributes = element.Attributes
            .Select(a => new KeyValuePair<string, JsonNode?>(a.Name, JsonValue.Create(HtmlFragment.EncodeAttribute(a.Value))))
            .ToList();
        if (element.LocalName == "a")
        {
            ReplaceLocalLink(element, attributes, context);
        }

        if (element.LocalName.StartsWith("umb-rte-block", StringComparison.Ordinal) && Guid.TryParse(element.GetAttribute("data-content-key"), out var key))
        {
            Set(attributes, "content-id", DeliveryApiJson.Id(key));
            attributes.RemoveAll(a => a.Key == "data-content-key");
        }

        return new JsonObject
        {
            ["tag"] = element.LocalName,
            ["attributes"] = new JsonObject(WithoutDataPrefix(attributes)),
            ["elements"] = Children(element.ChildNodes, context),
        };
    }

    private static void ReplaceLocalLink(IElement link, List<KeyValuePair<string, JsonNode?>> attributes, PropertyRenderContext context)
    {
        var resolved = LocalLinkResolver.Resolve(link.GetAttribute("href"), link.GetAttribute("type"), context);
        if (resolved.Kind == LocalLinkKind.NotLocal)
        {
            return;
        }

        attributes.RemoveAll(a => a.Key is "href" or "type");
        if (resolved.Kind == LocalLinkKind.Content)
        {
            Set(attributes, "route", resolved.Route!.ToJson());
            Set(attributes, "destinationId", DeliveryApiJson.Id(resolved.Target!.Key));
            Set(attributes, "destinationType", resolved.Target.ContentTypeAlias);
            Set(attributes, "linkType", "Content");
        }
    }

    private static List<KeyValuePair<string, JsonNode?>> WithoutDataPrefix(List<KeyValuePair<string, JsonNode?>> attributes)
    {
        var result = new List<KeyValuePair<string, JsonNode?>>(attributes.Count);
        foreach (var attribute in attributes)
        {
            var name = attribute.Key.StartsWith(DataPrefix, StringComparison.Ordinal) ? attribute.Key[DataPrefix.Length..] : attribute.Key;
            if (attribute.Key == name || attributes.TrueForAll(a => a.Key != name))
            {
                result.Add(new(name, attribute.Value));
            }
        }

        return result;
    }

    private static void Set(List<KeyValuePair<string, JsonNode?>> attributes, string name, JsonNode? value)
    {
        var index = attributes.FindIndex(a => a.Key == name);
        if (index >= 0)
        {
            attributes[index] = new(name, value);
        }
        else
        {
            attributes.Add(new(name, value));
        }
    }
}
