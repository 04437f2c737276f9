namespace CareerCms.Web.Content.Published;

/// <summary>
/// A setting-independent identity of a document's route: its root's URL segment and the URL segments below the root,
/// lower-cased and '/'-separated (<c>careers/mlops-engineer/software-engineer-to-mlops-engineer</c>). Umbraco's
/// URLs are derived from it by the routing settings (hidden top level, trailing slash).
/// </summary>
public static class PublishedRoutes
{
    /// <summary>The route of a document below a root, or null for a root or when an ancestor is not found.</summary>
    public static string? Below(PublishedDocument document, Func<Guid, PublishedDocument?> get)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(get);
        if (document.AncestorKeys.Count == 0)
        {
            return null;
        }

        var segments = new string[document.AncestorKeys.Count + 1];
        for (var i = 0; i < document.AncestorKeys.Count; i++)
        {
            if (get(document.AncestorKeys[i]) is not { } ancestor)
            {
                return null;
            }

            segments[i] = ancestor.UrlSegment;
        }

        segments[^1] = document.UrlSegment;
        return Join(segments);
    }

    /// <summary>Segments joined the way <see cref="Below"/> writes them.</summary>
    public static string Join(IEnumerable<string> segments) => string.Join('/', segments).ToLowerInvariant();
}
