namespace CareerCms.Web.Backoffice;

/// <summary>Backoffice settings (<c>CareerCms:Backoffice</c>). Security settings use Umbraco's own keys and types.</summary>
public sealed class BackofficeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "CareerCms:Backoffice";

    /// <summary>
    /// Folder whose <c>*/umbraco-package.json</c> manifests extend the backoffice and which is served at
    /// <c>/App_Plugins</c>, relative to the content root. Default: <c>App_Plugins</c> in the content root when it
    /// exists, else the repository's <c>../../App_Plugins</c>.
    /// </summary>
    public string? AppPluginsFolder { get; set; }

    /// <summary>The App_Plugins folder to use for a content root (null when none exists).</summary>
    public string? ResolveAppPluginsFolder(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(AppPluginsFolder))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, AppPluginsFolder));
        }

        return new[] { "App_Plugins", Path.Combine("..", "..", "App_Plugins") }
            .Select(f => Path.GetFullPath(Path.Combine(contentRoot, f)))
            .FirstOrDefault(Directory.Exists);
    }
}
