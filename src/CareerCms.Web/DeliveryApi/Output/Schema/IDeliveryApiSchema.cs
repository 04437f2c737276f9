using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.DeliveryApi.Output.Schema;

/// <summary>
/// The schema the output layer reads: document and element types with their properties (compositions included)
/// and data type configuration. Backed by <see cref="SchemaCatalog"/>; tests and tools can supply their own.
/// </summary>
public interface IDeliveryApiSchema
{
    /// <summary>A document or element type by alias (case-sensitive), or null.</summary>
    ContentTypeDefinition? GetContentType(string alias);

    /// <summary>A document or element type by key, or null.</summary>
    ContentTypeDefinition? GetContentType(Guid key);

    /// <summary>Every property of the type including those of its compositions, in output order.</summary>
    IReadOnlyList<PropertyTypeDefinition> GetProperties(ContentTypeDefinition contentType);

    /// <summary>A data type by key, or null.</summary>
    DataTypeDefinition? GetDataType(Guid key);
}
