using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using UmbracoOutputCache = Umbraco.Cms.Core.Constants.DeliveryApi.OutputCache;

namespace CareerCms.Web.DeliveryApi.OutputCache;

/// <summary>
/// Umbraco's Delivery API cache policy: opt-in (<c>Umbraco:CMS:DeliveryApi:OutputCache:Enabled</c>), varies by
/// Accept-Language, Accept-Segment and Start-Item (media: Start-Item) and the whole query string; never caches
/// preview requests, requests carrying an Api-Key or Authorization header, nor any answer but 200.
/// </summary>
internal sealed class DeliveryApiOutputCachePolicy(bool media) : IOutputCachePolicy
{
    private static readonly string[] ContentVaryBy = ["Accept-Language", "Accept-Segment", "Start-Item"];
    private static readonly string[] MediaVaryBy = ["Start-Item"];

    /// <inheritdoc />
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var settings = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<DeliveryApiSettings>>().CurrentValue;
        var request = context.HttpContext.Request;
        var cacheable = settings.Enabled
            && settings.OutputCache.Enabled
            && (!media || settings.Media.Enabled)
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !string.Equals(request.Headers["Preview"].ToString(), "true", StringComparison.OrdinalIgnoreCase)
            && !request.Headers.ContainsKey("Api-Key")
            && !request.Headers.ContainsKey(HeaderNames.Authorization);

        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }

        context.ResponseExpirationTimeSpan = media ? settings.OutputCache.MediaDuration : settings.OutputCache.ContentDuration;
        context.CacheVaryByRules.HeaderNames = media ? MediaVaryBy : ContentVaryBy;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(UmbracoOutputCache.AllTag);
        context.Tags.Add(media ? UmbracoOutputCache.AllMediaTag : UmbracoOutputCache.AllContentTag);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
