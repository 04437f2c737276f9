using System.Text.Json.Nodes;
using CareerCms.Web.Content.Published;
using CareerCms.Web.Content.Schema;
using CareerCms.Web.DeliveryApi.Output.Expansion;
using CareerCms.Web.DeliveryApi.Output.Routing;

namespace CareerCms.Web.DeliveryApi.Output;

/// <summary>Everything a <see cref="IDeliveryApiPropertyRenderer"/> may need to render one value.</summary>
public sealed class PropertyRenderContext
{
    /// <summary>The property being rendered.</summary>
    public required PropertyTypeDefinition PropertyType { get; init; }

    /// <summary>The property's data type, or null when the schema no longer has it.</summary>
    public DataTypeDefinition? DataType { get; init; }

    /// <summary>The data type configuration (an empty object when there is none). Shared within a response: read only.</summary>
    public required JsonObject Configuration { get; init; }

    /// <summary>The raw stored value (integers as text, pickers as UDIs, JSON editors as JSON text), or null.</summary>
    public string? RawValue { get; init; }

    /// <summary>The document that owns the value (for a block element's value: the document holding the block).</summary>
    public required PublishedDocument Owner { get; init; }

    /// <summary>The key of the block element that owns the value, or null for a document property.</summary>
    public Guid? OwnerElementKey { get; init; }

    /// <summary>
    /// The <c>expand</c>/<c>fields</c> nodes this property's alias selected. <see cref="OutputExpansionScope.IsExpanding"/>
    /// says whether picked items render their properties; the nodes are already applied by the callbacks below.
    /// </summary>
    public required OutputExpansionScope Expansion { get; init; }

    /// <summary>True when rendering for a preview request.</summary>
    public bool Preview { get; init; }

    /// <summary>Where pickers look items up (the published cache, or the drafts when previewing).</summary>
    public required IDeliveryContentSource Source { get; init; }

    /// <summary>The Delivery API settings of this request.</summary>
    public required DeliveryApiSettings Settings { get; init; }

    /// <summary>Renders a picked item (system envelope, no <c>cultures</c>), shallow or expanded per <see cref="Expansion"/>.</summary>
    public required Func<PublishedDocument, JsonObject?> ContentRenderer { get; init; }

    /// <summary>Renders an element as <c>{contentType, id, properties}</c>; its properties are always rendered.</summary>
    public required Func<DeliveryApiElement, JsonObject?> ElementRenderer { get; init; }

    /// <summary>Builds the route of an item, or null when it is not routable.</summary>
    public required Func<PublishedDocument, DeliveryApiRoute?> RouteBuilder { get; init; }

    /// <summary>The editor alias (the data type's, else the property's).</summary>
    public string EditorAlias => DataType?.EditorAlias ?? PropertyType.EditorAlias;

    /// <summary>Umbraco's default "has value" test at source level: not null and not whitespace.</summary>
    public bool HasValue => !string.IsNullOrWhiteSpace(RawValue);

    /// <summary>
    /// A picked item as the Delivery API outputs it, or null when it is not visible, not routable, or its document
    /// type is not allowed by the settings.
    /// </summary>
    public JsonObject? RenderContent(PublishedDocument item) => ContentRenderer(item);

    /// <summary>A picked item by key (see <see cref="RenderContent(PublishedDocument)"/>).</summary>
    public JsonObject? RenderContent(Guid key) => Source.Get(key) is { } item ? ContentRenderer(item) : null;

    /// <summary>An element as <c>{contentType, id, properties}</c>, or null when its element type is unknown.</summary>
    public JsonObject? RenderElement(DeliveryApiElement element) => ElementRenderer(element);

    /// <summary>The route of an item, or null.</summary>
    public DeliveryApiRoute? BuildRoute(PublishedDocument item) => RouteBuilder(item);
}
