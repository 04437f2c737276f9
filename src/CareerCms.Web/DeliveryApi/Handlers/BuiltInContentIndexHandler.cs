using CareerCms.Web.DeliveryApi.Indexing;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.DeliveryApi.Handlers;

/// <summary>
/// The built-in fields every item gets (Umbraco's own handlers): key, parent key, ancestor keys, content type,
/// name (analyzed and sortable), dates, level and sort order. A Core <see cref="IContentIndexHandler"/>,
/// discovered and registered exactly like a package's.
/// </summary>
public sealed class BuiltInContentIndexHandler(IDeliveryApiAncestry ancestry) : IContentIndexHandler
{
    /// <inheritdoc />
    public IEnumerable<IndexFieldValue> GetFieldValues(IContent content, string? culture)
    {
        var name = content.Published ? content.PublishName ?? content.Name : content.Name;
        var (parentKey, ancestorKeys) = ancestry.GetAncestry(content);
        return
        [
            new() { FieldName = DeliveryApiIndexFieldNames.ItemId, Values = [content.Key.ToString("D")] },
            new() { FieldName = DeliveryApiIndexFieldNames.ParentId, Values = [parentKey.ToString("D")] },
            new() { FieldName = DeliveryApiIndexFieldNames.AncestorIds, Values = ancestorKeys.Select(k => (object)k.ToString("D")).ToArray() },
            new() { FieldName = DeliveryApiIndexFieldNames.ContentType, Values = [content.ContentType.Alias] },
            new() { FieldName = DeliveryApiIndexFieldNames.Name, Values = [name ?? ""] },
            new() { FieldName = DeliveryApiIndexFieldNames.SortName, Values = [(name ?? "").ToLowerInvariant()] },
            new() { FieldName = DeliveryApiIndexFieldNames.CreateDate, Values = [content.CreateDate] },
            new() { FieldName = DeliveryApiIndexFieldNames.UpdateDate, Values = [content.PublishDate ?? content.UpdateDate] },
            new() { FieldName = DeliveryApiIndexFieldNames.Level, Values = [content.Level] },
            new() { FieldName = DeliveryApiIndexFieldNames.SortOrder, Values = [content.SortOrder] },
        ];
    }

    /// <inheritdoc />
    public IEnumerable<IndexField> GetFields() =>
    [
        new() { FieldName = DeliveryApiIndexFieldNames.ItemId, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = DeliveryApiIndexFieldNames.ParentId, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = DeliveryApiIndexFieldNames.AncestorIds, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = DeliveryApiIndexFieldNames.ContentType, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = DeliveryApiIndexFieldNames.Name, FieldType = FieldType.StringAnalyzed, VariesByCulture = true },
        new() { FieldName = DeliveryApiIndexFieldNames.SortName, FieldType = FieldType.StringSortable, VariesByCulture = true },
        new() { FieldName = DeliveryApiIndexFieldNames.CreateDate, FieldType = FieldType.Date, VariesByCulture = false },
        new() { FieldName = DeliveryApiIndexFieldNames.UpdateDate, FieldType = FieldType.Date, VariesByCulture = true },
        new() { FieldName = DeliveryApiIndexFieldNames.Level, FieldType = FieldType.Number, VariesByCulture = false },
        new() { FieldName = DeliveryApiIndexFieldNames.SortOrder, FieldType = FieldType.Number, VariesByCulture = false },
    ];
}
