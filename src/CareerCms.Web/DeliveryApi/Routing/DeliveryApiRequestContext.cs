using CareerCms.Web.Content.Published;

namespace CareerCms.Web.DeliveryApi.Routing;

/// <summary>What one Delivery API request asked for, read from its headers (Accept-Language, Preview, Api-Key, Start-Item).</summary>
public sealed class DeliveryApiRequestContext
{
    /// <summary>The requested culture, lower-cased (null when absent or not a single culture code).</summary>
    public string? Culture { get; init; }

    /// <summary>The request asked for drafts (Preview: true).</summary>
    public bool Preview { get; init; }

    /// <summary>The Api-Key header matched the configured key.</summary>
    public bool HasValidApiKey { get; init; }

    /// <summary>The raw Start-Item header (null when absent).</summary>
    public string? StartItemHeader { get; init; }

    /// <summary>The root the Start-Item header names, when present and found.</summary>
    public PublishedDocument? StartItem { get; set; }

    /// <summary>Preview: true for items with no published version (their route is /preview-{key}/).</summary>
    public Func<PublishedDocument, bool>? IsNeverPublished { get; set; }

    /// <summary>
    /// False for document types the allow/deny lists exclude: such items are returned by no endpoint (they still
    /// exist for routing, so their descendants keep their routes).
    /// </summary>
    public Func<PublishedDocument, bool> IsReturnable { get; set; } = _ => true;

    /// <summary>An item by key when it may be returned.</summary>
    public PublishedDocument? GetReturnable(Guid key) => Source.Get(key) is { } item && IsReturnable(item) ? item : null;

    /// <summary>Where items are read from for this request.</summary>
    public IDeliveryContentSource Source { get; set; } = null!;
}
