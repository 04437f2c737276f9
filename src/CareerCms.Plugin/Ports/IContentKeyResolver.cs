namespace CareerCms.Plugin.Ports;

/// <summary>
/// Resolves the "{id|path}" value of a Delivery API query option to a content key in the current request's
/// context (Start-Item, preview, hidden top-level node), exactly as the built-in <c>children:</c> selector does.
/// In Umbraco this is Core's <c>IApiContentPathResolver</c>; a host without it provides its own.
/// </summary>
public interface IContentKeyResolver
{
    /// <summary>The key a GUID or a content path names, or null when nothing is found.</summary>
    Guid? ResolveKey(string idOrPath);
}
