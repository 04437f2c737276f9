using CareerCms.Web.Content.Published;
using CareerCms.Web.DeliveryApi.Output.Expansion;

namespace CareerCms.Web.DeliveryApi.Output;

/// <summary>What one Delivery API response renders with.</summary>
public sealed record RenderRequest
{
    /// <summary>The source items and pickers are read from (published cache or preview drafts).</summary>
    public required IDeliveryContentSource Source { get; init; }

    /// <summary>The parsed <c>expand</c> parameter. Default: nothing expanded.</summary>
    public OutputExpansion Expand { get; init; } = OutputExpansion.None;

    /// <summary>The parsed <c>fields</c> parameter. Default: every property.</summary>
    public OutputExpansion Fields { get; init; } = OutputExpansion.All;

    /// <summary>True for a preview request (normally the source's <see cref="IDeliveryContentSource.IsPreview"/>).</summary>
    public bool Preview { get; init; }

    /// <summary>Write the top-level <c>cultures</c> object (<c>{}</c> for invariant content). Default true.</summary>
    public bool IncludeCultures { get; init; } = true;

    /// <summary>
    /// Preview only: true for items that have never been published, whose route becomes <c>/preview-{key}/</c>.
    /// Null means none.
    /// </summary>
    public Func<PublishedDocument, bool>? IsNeverPublished { get; init; }

    /// <summary>A request from raw query values, with the source's preview flag.</summary>
    /// <exception cref="OutputExpansionFormatException">expand or fields is malformed (answer 400).</exception>
    public static RenderRequest Create(IDeliveryContentSource source, string? expand, string? fields)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new RenderRequest
        {
            Source = source,
            Expand = OutputExpansion.ParseExpand(expand),
            Fields = OutputExpansion.ParseFields(fields),
            Preview = source.IsPreview,
        };
    }
}
