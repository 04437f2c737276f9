using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Web.Tests.DeliveryApi.OutputCache;

/// <summary>
/// A package's eviction rule, defined only in the test assembly: a change to Backend Developer also evicts the
/// entries that rendered Frontend Developer (which the built-in tags do not link).
/// </summary>
public sealed class LinkedCareersEvictionProvider : IDeliveryApiOutputCacheEvictionProvider
{
    public static readonly Guid BackendKey = Guid.Parse("39cbb065-5941-471f-8215-4ddad6236b59");
    public static readonly Guid FrontendKey = Guid.Parse("31e664e1-d508-4c0e-a2fb-a16b8c7e1cde");

    public Task<IEnumerable<string>> GetAdditionalEvictionTagsAsync(OutputCacheContentChangedContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<string>>(
            context.ContentKey == BackendKey ? [Umbraco.Cms.Core.Constants.DeliveryApi.OutputCache.ContentTagPrefix + FrontendKey.ToString("D")] : []);
}

/// <summary>Registers <see cref="LinkedCareersEvictionProvider"/> the way a package would.</summary>
public sealed class LinkedCareersEvictionComposer : IComposer
{
    public void Compose(IUmbracoBuilder builder) =>
        builder.Services.AddSingleton<IDeliveryApiOutputCacheEvictionProvider, LinkedCareersEvictionProvider>();
}
