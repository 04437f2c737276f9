using Microsoft.AspNetCore.OutputCaching;
using Umbraco.Cms.Core.Cache;
using UmbracoOutputCache = Umbraco.Cms.Core.Constants.DeliveryApi.OutputCache;

namespace CareerCms.Web.DeliveryApi.OutputCache;

/// <summary>Core's <see cref="IDeliveryApiOutputCacheManager"/> over ASP.NET Core's output cache store (this node only).</summary>
internal sealed class DeliveryApiOutputCacheManager(IOutputCacheStore store) : IDeliveryApiOutputCacheManager
{
    /// <summary>Evicts the item's entries and those of its descendants (their routes derive from it).</summary>
    public async Task EvictContentAsync(Guid contentKey, CancellationToken cancellationToken)
    {
        await EvictByTagAsync(DeliveryApiOutputCache.ContentTag(contentKey), cancellationToken).ConfigureAwait(false);
        await EvictByTagAsync(DeliveryApiOutputCache.AncestorTag(contentKey), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task EvictMediaAsync(Guid mediaKey, CancellationToken cancellationToken) =>
        EvictByTagAsync(DeliveryApiOutputCache.MediaTag(mediaKey), cancellationToken);

    /// <inheritdoc />
    public Task EvictByTagAsync(string tag, CancellationToken cancellationToken) => store.EvictByTagAsync(tag, cancellationToken).AsTask();

    /// <inheritdoc />
    public Task EvictAllContentAsync(CancellationToken cancellationToken) => EvictByTagAsync(UmbracoOutputCache.AllContentTag, cancellationToken);

    /// <inheritdoc />
    public Task EvictAllMediaAsync(CancellationToken cancellationToken) => EvictByTagAsync(UmbracoOutputCache.AllMediaTag, cancellationToken);

    /// <inheritdoc />
    public Task EvictAllAsync(CancellationToken cancellationToken) => EvictByTagAsync(UmbracoOutputCache.AllTag, cancellationToken);
}
