using CareerCms.Web.Content.Published;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.DeliveryApi.Routing;

/// <summary>
/// Resolves a content path ("/mlops-engineer/software-engineer-to-mlops-engineer/") like Umbraco's path resolver:
/// relative to the Start-Item root when given, else (top level hidden) under the roots in tree order; "/" is the
/// first root; segments compare case-insensitively; either slash form works; "%2F" is decoded; "/preview-{key}/"
/// names a draft in preview.
/// </summary>
public sealed class DeliveryApiPathResolver(IOptionsMonitor<DeliveryApiSettings> settings)
{
    private const string PreviewPrefix = "preview-";

    /// <summary>The item at the path, or null.</summary>
    public PublishedDocument? Resolve(string? path, IDeliveryContentSource source, PublishedDocument? startItem)
    {
        var segments = Uri.UnescapeDataString(path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (source.IsPreview && segments.Length == 1 && segments[0].StartsWith(PreviewPrefix, StringComparison.OrdinalIgnoreCase) &&
            Guid.TryParse(segments[0][PreviewPrefix.Length..], out var draftKey))
        {
            return source.Get(draftKey);
        }

        IReadOnlyList<PublishedDocument> roots = startItem is not null ? [startItem] : source.GetRoots();
        if (segments.Length == 0)
        {
            return roots.FirstOrDefault();
        }

        if (!settings.CurrentValue.HideTopLevelNodeFromPath && startItem is null)
        {
            var root = roots.FirstOrDefault(r => Matches(r, segments[0]));
            return root is null ? null : Walk(root, segments.Skip(1), source);
        }

        return roots.Select(root => Walk(root, segments, source)).FirstOrDefault(found => found is not null);
    }

    /// <summary>The key a selector value names: a GUID, or a path resolved as above; null when unknown.</summary>
    public Guid? ResolveKey(string value, IDeliveryContentSource source, PublishedDocument? startItem) =>
        Guid.TryParse(value, out var key) ? key : Resolve(value, source, startItem)?.Key;

    private static PublishedDocument? Walk(PublishedDocument from, IEnumerable<string> segments, IDeliveryContentSource source)
    {
        var current = from;
        foreach (var segment in segments)
        {
            var next = source.GetChild(current.Key, segment);
            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static bool Matches(PublishedDocument item, string segment) =>
        string.Equals(item.UrlSegment, segment, StringComparison.OrdinalIgnoreCase);
}
