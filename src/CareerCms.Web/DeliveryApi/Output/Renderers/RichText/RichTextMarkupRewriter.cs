using CareerCms.Web.DeliveryApi.Output.Routing;

namespace CareerCms.Web.DeliveryApi.Output.Renderers.RichText;

/// <summary>
/// The markup of HTML-mode rich text, rewritten like Umbraco's <c>ApiRichTextMarkupParser</c>: content local links
/// get <c>href</c> = route path + query string and <c>data-destination-id</c>, <c>data-destination-type</c>,
/// <c>data-start-item-path</c>, <c>data-start-item-id</c>, <c>data-link-type="Content"</c> (the <c>type</c> attribute
/// goes); unresolvable local links lose <c>href</c>; block tags get <c>data-content-id</c> instead of
/// <c>data-content-key</c> and lose their placeholder content. Markup with none of these is returned unchanged.
/// </summary>
internal static class RichTextMarkupRewriter
{
    private const string BlockTagPrefix = "umb-rte-block";
    private const string BlockKeyAttribute = "data-content-key";

    public static string Rewrite(string markup, PropertyRenderContext context)
    {
        if (!markup.Contains("{localLink:", StringComparison.Ordinal) && !markup.Contains(BlockTagPrefix, StringComparison.Ordinal))
        {
            return markup;
        }

        var nodes = HtmlFragment.Parse(markup);
        foreach (var element in HtmlFragment.Elements(nodes).ToArray())
        {
            if (element.LocalName == "a")
            {
                RewriteLink(element, context);
            }
            else if (element.LocalName.StartsWith(BlockTagPrefix, StringComparison.Ordinal)
                && Guid.TryParse(element.GetAttribute(BlockKeyAttribute), out var key))
            {
                element.RemoveAttribute(BlockKeyAttribute);
                element.SetAttribute("data-content-id", DeliveryApiJson.Id(key));
                element.InnerHtml = string.Empty;
            }
        }

        return HtmlFragment.Serialize(nodes);
    }

    private static void RewriteLink(AngleSharp.Dom.IElement link, PropertyRenderContext context)
    {
        var resolved = LocalLinkResolver.Resolve(link.GetAttribute("href"), link.GetAttribute("type"), context);
        switch (resolved.Kind)
        {
            case LocalLinkKind.Content:
                DeliveryApiRoute route = resolved.Route!;
                link.SetAttribute("href", route.Path + route.QueryString);
                link.SetAttribute("data-destination-id", DeliveryApiJson.Id(resolved.Target!.Key));
                link.SetAttribute("data-destination-type", resolved.Target.ContentTypeAlias);
                link.SetAttribute("data-start-item-path", route.StartItemPath);
                link.SetAttribute("data-start-item-id", DeliveryApiJson.Id(route.StartItemId));
                link.RemoveAttribute("type");
                link.SetAttribute("data-link-type", "Content");
                break;
            case LocalLinkKind.Invalid:
                link.RemoveAttribute("href");
                link.RemoveAttribute("type");
                break;
        }
    }
}
