using System.Runtime.CompilerServices;
using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.DeliveryApi.Output.Schema;

/// <summary>
/// The runtime's <see cref="SchemaCatalog"/> as the output layer's schema. A type's property list (compositions
/// included) is worked out once per type definition: a schema change brings new definition instances.
/// </summary>
internal sealed class SchemaCatalogDeliveryApiSchema(SchemaCatalog catalog) : IDeliveryApiSchema
{
    private readonly ConditionalWeakTable<ContentTypeDefinition, IReadOnlyList<PropertyTypeDefinition>> _properties = new();

    public ContentTypeDefinition? GetContentType(string alias) => catalog.GetContentType(alias);

    public ContentTypeDefinition? GetContentType(Guid key) => catalog.GetContentType(key);

    public IReadOnlyList<PropertyTypeDefinition> GetProperties(ContentTypeDefinition contentType) =>
        _properties.GetValue(contentType, type => catalog.GetAllProperties(type));

    public DataTypeDefinition? GetDataType(Guid key) => catalog.GetDataType(key);
}
