using System.Text.RegularExpressions;
using CareerCms.Web.Content.Published;
using CareerCms.Web.DeliveryApi.Output.Routing;

namespace CareerCms.Web.DeliveryApi.Output.Renderers.RichText;

/// <summary>What an anchor's href resolved to.</summary>
internal enum LocalLinkKind
{
    /// <summary>Not a <c>{localLink:...}</c> href: leave the anchor alone.</summary>
    NotLocal,

    /// <summary>A routable content item.</summary>
    Content,

    /// <summary>A local link to something that cannot be resolved: the href is removed.</summary>
    Invalid,
}

/// <summary>A resolved local link: the target, its route (carrying any text after the link as query string).</summary>
internal readonly record struct LocalLink(LocalLinkKind Kind, PublishedDocument? Target, DeliveryApiRoute? Route);

/// <summary>
/// Resolves rich text local links like Umbraco's <c>ApiRichTextParserBase</c>: the current form
/// <c>/{localLink:&lt;guid&gt;}</c> with a <c>type="document|media"</c> attribute, and the legacy form
/// <c>/{localLink:umb://document/&lt;hex&gt;}</c>. Anything after the closing brace (query string or anchor) is kept
/// as the route's query string. Media links cannot be resolved yet (no media library) and count as invalid.
/// </summary>
internal static partial class LocalLinkResolver
{
    public static LocalLink Resolve(string? href, string? type, PropertyRenderContext context)
    {
        var match = href is null ? Match.Empty : LocalLinkPattern().Match(href);
        if (!match.Success)
        {
            return new LocalLink(LocalLinkKind.NotLocal, null, null);
        }

        var id = match.Groups["id"].Value;
        string entityType;
        Guid key;
        if (Guid.TryParse(id, out key))
        {
            entityType = (type ?? "unknown").ToLowerInvariant();
        }
        else if (!StoredValues.TryParseUdi(id, out entityType, out key))
        {
            return new LocalLink(LocalLinkKind.NotLocal, null, null);
        }

        var postfix = href![(match.Index + match.Length)..];
        if (entityType == StoredValues.EntityTypes.Document
            && context.Source.Get(key) is { } target
            && context.BuildRoute(target) is { } route)
        {
            return new LocalLink(LocalLinkKind.Content, target, route with { QueryString = postfix.Length == 0 ? null : postfix });
        }

        return new LocalLink(LocalLinkKind.Invalid, null, null);
    }

    [GeneratedRegex(@"\{localLink:(?<id>[^}]+)\}")]
    private static partial Regex LocalLinkPattern();
}
