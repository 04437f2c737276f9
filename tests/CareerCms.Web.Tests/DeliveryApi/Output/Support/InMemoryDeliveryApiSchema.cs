using CareerCms.Web.Content.Schema;
using CareerCms.Web.DeliveryApi.Output.Schema;

namespace CareerCms.Web.Tests.DeliveryApi.Output.Support;

/// <summary>A schema held in lists; compositions are followed like <see cref="SchemaCatalog.GetAllProperties"/>.</summary>
public sealed class InMemoryDeliveryApiSchema : IDeliveryApiSchema
{
    public List<DataTypeDefinition> DataTypes { get; } = [];

    public List<ContentTypeDefinition> ContentTypes { get; } = [];

    public ContentTypeDefinition? GetContentType(string alias) => ContentTypes.FirstOrDefault(c => c.Alias == alias);

    public ContentTypeDefinition? GetContentType(Guid key) => ContentTypes.FirstOrDefault(c => c.Key == key);

    public DataTypeDefinition? GetDataType(Guid key) => DataTypes.FirstOrDefault(d => d.Key == key);

    public IReadOnlyList<PropertyTypeDefinition> GetProperties(ContentTypeDefinition contentType)
    {
        var result = new List<PropertyTypeDefinition>(contentType.Properties);
        foreach (var composition in contentType.Compositions)
        {
            if (GetContentType(composition.Key) is { } composed)
            {
                result.AddRange(GetProperties(composed).Where(p => result.All(r => r.Alias != p.Alias)));
            }
        }

        return result;
    }
}
