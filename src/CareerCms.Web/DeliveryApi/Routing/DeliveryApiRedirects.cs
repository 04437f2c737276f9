using CareerCms.Web.Content.Published;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.DeliveryApi.Routing;

/// <summary>
/// Umbraco's request redirect service: for a by-path request that found nothing, the document that last had the
/// requested route (relative to the Start-Item root; otherwise under the first segment when the top level is not
/// hidden, else under each root in tree order), when it is still returnable.
/// </summary>
public sealed class DeliveryApiRedirects(DeliveryApiRedirectStore store, IOptionsMonitor<DeliveryApiSettings> settings)
{
    /// <summary>The document the path now redirects to, or null.</summary>
    public async Task<PublishedDocument?> FindAsync(string? path, DeliveryApiRequestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var segments = Uri.UnescapeDataString(path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        foreach (var route in CandidateRoutes(segments, context))
        {
            if (await store.FindAsync(route, cancellationToken).ConfigureAwait(false) is { } key && context.GetReturnable(key) is { } target)
            {
                return target;
            }
        }

        return null;
    }

    private IEnumerable<string> CandidateRoutes(string[] segments, DeliveryApiRequestContext context)
    {
        if (context.StartItem is { } startItem)
        {
            return [PublishedRoutes.Join([startItem.UrlSegment, .. segments])];
        }

        if (!settings.CurrentValue.HideTopLevelNodeFromPath)
        {
            return segments.Length > 1 ? [PublishedRoutes.Join(segments)] : [];
        }

        return context.Source.GetRoots().Select(root => PublishedRoutes.Join([root.UrlSegment, .. segments]));
    }
}
