using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.DeliveryApi.Indexing;

/// <summary>Keys of a content item's parent (empty GUID at root) and ancestors, for index fields.</summary>
public interface IDeliveryApiAncestry
{
    /// <summary>The parent key and the ancestor keys (root first).</summary>
    (Guid ParentKey, IReadOnlyList<Guid> AncestorKeys) GetAncestry(IContent content);
}
