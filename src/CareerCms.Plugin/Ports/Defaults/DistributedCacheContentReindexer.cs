using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Extensions;

namespace CareerCms.Plugin.Ports.Defaults;

/// <summary>
/// The plugin's <see cref="IContentReindexer"/> in an Umbraco 17 site: refreshes the items through Core's
/// distributed cache, which re-indexes them in every index (DeliveryApiContentIndex included) on every node.
/// The plugin's own handlers see a single-node refresh and change nothing, so this does not loop.
/// </summary>
public sealed class DistributedCacheContentReindexer(DistributedCache cache, IContentService contentService) : IContentReindexer
{
    /// <inheritdoc />
    public Task ReindexAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var changes = keys
            .Select(contentService.GetById)
            .OfType<IContent>()
            .Select(content => new TreeChange<IContent>(content, TreeChangeTypes.RefreshNode))
            .ToList();
        if (changes.Count > 0)
        {
            cache.RefreshContentCache(changes);
        }

        return Task.CompletedTask;
    }
}
