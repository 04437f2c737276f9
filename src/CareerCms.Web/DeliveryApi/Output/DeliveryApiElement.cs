namespace CareerCms.Web.DeliveryApi.Output;

/// <summary>An element (a block's content or settings): its key, element type and raw stored values.</summary>
/// <param name="Key">The element key (output as <c>id</c>).</param>
/// <param name="ContentTypeKey">The element type's key.</param>
/// <param name="Values">Raw values by property alias, as a document stores them (JSON values as JSON text).</param>
public sealed record DeliveryApiElement(Guid Key, Guid ContentTypeKey, IReadOnlyDictionary<string, string?> Values);
