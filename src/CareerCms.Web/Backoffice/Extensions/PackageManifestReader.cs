using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Backoffice.Extensions;

/// <summary>
/// Reads the package manifests the UI loads extensions from: dashboards (<c>type: "dashboard"</c>), workspace views
/// (<c>type: "workspaceView"</c>) and sections, as Umbraco 14+ does. First the host's built-in packages (the Examine
/// Management and uSync dashboards, <c>wwwroot/umbraco/backoffice/dashboards/*/umbraco-package.json</c>), then
/// <c>App_Plugins/*/umbraco-package.json</c>. A manifest that does not parse is reported in the log and skipped, never fatal.
/// </summary>
public sealed class PackageManifestReader(IOptions<BackofficeOptions> options, IWebHostEnvironment environment, ILogger<PackageManifestReader> logger)
{
    /// <summary>The web-root folder whose subfolders hold the built-in packages (served at <c>/umbraco/backoffice/dashboards</c>).</summary>
    public const string BuiltInPackagesPath = "umbraco/backoffice/dashboards";

    private const string ManifestFileName = "umbraco-package.json";

    /// <summary>Every manifest, as JSON objects (name, version, extensions[]): the built-in packages first.</summary>
    public async Task<IReadOnlyList<JsonObject>> ReadAsync(CancellationToken cancellationToken = default)
    {
        var manifests = new List<JsonObject>();
        foreach (var folder in environment.WebRootFileProvider.GetDirectoryContents(BuiltInPackagesPath).Where(f => f.IsDirectory).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (environment.WebRootFileProvider.GetFileInfo($"{BuiltInPackagesPath}/{folder.Name}/{ManifestFileName}") is { Exists: true } file)
            {
                await AddAsync(manifests, file.CreateReadStream, $"{BuiltInPackagesPath}/{folder.Name}/{ManifestFileName}", cancellationToken).ConfigureAwait(false);
            }
        }

        if (options.Value.ResolveAppPluginsFolder(environment.ContentRootPath) is { } plugins)
        {
            foreach (var file in Directory.EnumerateFiles(plugins, ManifestFileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                await AddAsync(manifests, () => File.OpenRead(file), file, cancellationToken).ConfigureAwait(false);
            }
        }

        return manifests;
    }

    private async Task AddAsync(List<JsonObject> manifests, Func<Stream> open, string name, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = open();
            if (await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false) is JsonObject manifest)
            {
                manifests.Add(manifest);
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            logger.LogWarning(ex, "Skipping the package manifest {File}", name);
        }
    }
}
