using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.PropertyEditors.DeliveryApi;

namespace CareerCms.Plugin.DeliveryApi.Output;

/// <summary>
/// Core's value converter for the <see cref="CareerOutputEditors"/>: in an Umbraco site, properties of those
/// editors render the computed value in models and in the Delivery API. Cache level None: counts and
/// engagement change without the item being republished.
/// </summary>
public sealed class CareerOutputValueConverter(CareerOutputValues values) : IDeliveryApiPropertyValueConverter
{
    /// <inheritdoc />
    public bool IsConverter(IPublishedPropertyType propertyType) => CareerOutputEditors.IsComputed(propertyType?.EditorAlias);

    /// <inheritdoc />
    public bool? IsValue(object? value, PropertyValueLevel level) => level == PropertyValueLevel.Source ? true : value is not null;

    /// <inheritdoc />
    public Type GetPropertyValueType(IPublishedPropertyType propertyType) => typeof(object);

    /// <inheritdoc />
    public PropertyCacheLevel GetPropertyCacheLevel(IPublishedPropertyType propertyType) => PropertyCacheLevel.None;

    /// <inheritdoc />
    public object? ConvertSourceToIntermediate(IPublishedElement owner, IPublishedPropertyType propertyType, object? source, bool preview) => null;

    /// <inheritdoc />
    public object? ConvertIntermediateToObject(
        IPublishedElement owner, IPublishedPropertyType propertyType, PropertyCacheLevel referenceCacheLevel, object? inter, bool preview) =>
        values.For(propertyType.EditorAlias, owner.Key);

    /// <inheritdoc />
    public PropertyCacheLevel GetDeliveryApiPropertyCacheLevel(IPublishedPropertyType propertyType) => PropertyCacheLevel.None;

    /// <inheritdoc />
    public PropertyCacheLevel GetDeliveryApiPropertyCacheLevelForExpansion(IPublishedPropertyType propertyType) => PropertyCacheLevel.None;

    /// <inheritdoc />
    public Type GetDeliveryApiPropertyValueType(IPublishedPropertyType propertyType) => typeof(object);

    /// <inheritdoc />
    public object? ConvertIntermediateToDeliveryApiObject(
        IPublishedElement owner, IPublishedPropertyType propertyType, PropertyCacheLevel referenceCacheLevel, object? inter, bool preview, bool expanding) =>
        values.For(propertyType.EditorAlias, owner.Key);
}
