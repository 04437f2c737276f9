namespace CareerCms.Web.DeliveryApi;

/// <summary>
/// Umbraco's <c>Umbraco:CMS:DeliveryApi</c> settings, with Umbraco's defaults, plus the globals that shape routes
/// (<c>Umbraco:CMS:Global:HideTopLevelNodeFromPath</c>, <c>Umbraco:CMS:RequestHandler:AddTrailingSlash</c>) and
/// redirects (<c>Umbraco:CMS:WebRouting:DisableRedirectUrlTracking</c>).
/// </summary>
public sealed class DeliveryApiSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Umbraco:CMS:DeliveryApi";

    /// <summary>The API answers at all. Default false (Umbraco's default; the site's appsettings turns it on).</summary>
    public bool Enabled { get; set; }

    /// <summary>Content is public; when false every request needs the Api-Key. Default true.</summary>
    public bool PublicAccess { get; set; } = true;

    /// <summary>The key for non-public access and preview. Default none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Document types never returned nor indexed. Default none.</summary>
    public string[] DisallowedContentTypeAliases { get; set; } = [];

    /// <summary>When not empty, the only document types returned and indexed (wins over the deny list). Default none.</summary>
    public string[] AllowedContentTypeAliases { get; set; } = [];

    /// <summary>Rich text as a JSON element tree instead of markup. Default false.</summary>
    public bool RichTextOutputAsJson { get; set; }

    /// <summary>Expand media picker properties without an expand parameter. Default false.</summary>
    public bool AlwaysExpandMediaProperties { get; set; }

    /// <summary>The media API (<c>Media:Enabled</c>, <c>Media:PublicAccess</c>). Default off, public.</summary>
    public MediaSettings Media { get; set; } = new();

    /// <summary>Output caching (<c>OutputCache:Enabled</c>, durations). Default off.</summary>
    public OutputCacheSettings OutputCache { get; set; } = new();

    /// <summary>Root segment hidden from routes (Global setting). Default true.</summary>
    public bool HideTopLevelNodeFromPath { get; set; } = true;

    /// <summary>Routes end with '/' (RequestHandler setting). Default true.</summary>
    public bool AddTrailingSlash { get; set; } = true;

    /// <summary>Old routes are not recorded, so renamed or moved items answer 404 at their old path (WebRouting setting). Default false.</summary>
    public bool DisableRedirectUrlTracking { get; set; }

    /// <summary>True when the document type may be returned and indexed.</summary>
    public bool IsAllowed(string contentTypeAlias) =>
        AllowedContentTypeAliases.Length > 0
            ? AllowedContentTypeAliases.Contains(contentTypeAlias, StringComparer.Ordinal)
            : !DisallowedContentTypeAliases.Contains(contentTypeAlias, StringComparer.Ordinal);

    /// <summary>Media API settings.</summary>
    public sealed class MediaSettings
    {
        /// <summary>Default false.</summary>
        public bool Enabled { get; set; }

        /// <summary>Default true.</summary>
        public bool PublicAccess { get; set; } = true;
    }

    /// <summary>Output cache settings.</summary>
    public sealed class OutputCacheSettings
    {
        /// <summary>Default false.</summary>
        public bool Enabled { get; set; }

        /// <summary>How long content responses are cached. Default 1 minute (Umbraco's code default).</summary>
        public TimeSpan ContentDuration { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>How long media responses are cached. Default 1 minute.</summary>
        public TimeSpan MediaDuration { get; set; } = TimeSpan.FromMinutes(1);
    }
}
