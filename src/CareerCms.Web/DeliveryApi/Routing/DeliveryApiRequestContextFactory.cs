using System.Text.RegularExpressions;
using CareerCms.Web.Content.Published;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.DeliveryApi.Routing;

/// <summary>Reads a Delivery API request's headers into its context, as Umbraco's request services do.</summary>
public sealed partial class DeliveryApiRequestContextFactory(
    IOptionsMonitor<DeliveryApiSettings> settings,
    PublishedContentCache publishedCache,
    PreviewContentSnapshots previewSnapshots)
{
    /// <summary>Builds the context and stores it on the request.</summary>
    public async Task<DeliveryApiRequestContext> CreateAsync(HttpContext httpContext)
    {
        var headers = httpContext.Request.Headers;
        var apiKey = settings.CurrentValue.ApiKey;
        var language = headers.AcceptLanguage.ToString().Trim();
        var context = new DeliveryApiRequestContext
        {
            // A list such as "en-US,en;q=0.9" is ignored, as in Umbraco: only a single culture code counts.
            Culture = language.Length > 0 && CultureCode().IsMatch(language) ? language.ToLowerInvariant() : null,
            Preview = string.Equals(headers["Preview"].ToString(), "true", StringComparison.OrdinalIgnoreCase),
            HasValidApiKey = !string.IsNullOrWhiteSpace(apiKey) && string.Equals(headers["Api-Key"].ToString(), apiKey, StringComparison.Ordinal),
            StartItemHeader = headers["Start-Item"].ToString() is { Length: > 0 } start ? start : null,
        };
        context.Source = context.Preview && context.HasValidApiKey
            ? await previewSnapshots.GetAsync(httpContext.RequestAborted).ConfigureAwait(false)
            : new PublishedContentSource(publishedCache);
        var current = settings.CurrentValue;
        context.IsReturnable = item => current.IsAllowed(item.ContentTypeAlias);
        context.StartItem = ResolveStartItem(context.StartItemHeader, context.Source);
        if (context.Source.IsPreview)
        {
            context.IsNeverPublished = item => publishedCache.Get(item.Key) is null;
        }

        DeliveryApiRequestAccessor.Set(httpContext, context);
        return context;
    }

    private static PublishedDocument? ResolveStartItem(string? header, IDeliveryContentSource source)
    {
        if (header is null)
        {
            return null;
        }

        var roots = source.GetRoots();
        var trimmed = header.Trim().Trim('/');
        return Guid.TryParse(trimmed, out var key)
            ? roots.FirstOrDefault(r => r.Key == key)
            : roots.FirstOrDefault(r => string.Equals(r.UrlSegment, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"^[\w-]*$")]
    private static partial Regex CultureCode();
}
