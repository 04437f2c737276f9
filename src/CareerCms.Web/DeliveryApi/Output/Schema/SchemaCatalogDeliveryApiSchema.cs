using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.DeliveryApi.Output.Schema;

/// <summary>The runtime's <see cref="SchemaCatalog"/> as the output layer's schema.</summary>
internal sealed class SchemaCatalogDeliveryApiSchema(SchemaCatalog catalog) : IDeliveryApiSchema
{
    public ContentTypeDefinition? GetContentType(string alias) => catalog.GetContentType(alias);

    public ContentTypeDefinition? GetContentType(Guid key) => catalog.GetContentType(key);

    public IReadOnlyList<PropertyTypeDefinition> GetProperties(ContentTypeDefinition contentType) => catalog.GetAllProperties(contentType);

    public DataTypeDefinition? GetDataType(Guid key) => catalog.GetDataType(key);
}
