using CareerCms.Search.Indexing;
using CareerCms.Search.Registration;

namespace CareerCms.Web.DeliveryApi.Indexing;

/// <summary>Finds the runtime's named indexes in the registry.</summary>
public sealed class IndexRegistryAccessor(IndexRegistry registry)
{
    /// <summary>DeliveryApiContentIndex, when registered.</summary>
    public LuceneIndex? DeliveryApi => registry.TryGetIndex(DeliveryApiIndexFieldNames.IndexName, out var index) ? index : null;
}
