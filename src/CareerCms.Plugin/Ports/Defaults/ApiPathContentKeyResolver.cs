using Umbraco.Cms.Core.DeliveryApi;

namespace CareerCms.Plugin.Ports.Defaults;

/// <summary>
/// The plugin's <see cref="IContentKeyResolver"/> in an Umbraco 17 site: a GUID as is, anything else through
/// Core's <see cref="IApiContentPathResolver"/>, which honours the request's Start-Item and preview like the
/// built-in selectors.
/// </summary>
public sealed class ApiPathContentKeyResolver(IApiContentPathResolver paths) : IContentKeyResolver
{
    /// <inheritdoc />
    public Guid? ResolveKey(string idOrPath) =>
        Guid.TryParse(idOrPath, out var key) ? key : paths.ResolveContentPath(idOrPath)?.Key;
}
