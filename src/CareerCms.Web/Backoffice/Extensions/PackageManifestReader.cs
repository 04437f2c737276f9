using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Backoffice.Extensions;

/// <summary>
/// Reads the package manifests (<c>App_Plugins/*/umbraco-package.json</c>) the UI loads extensions from: dashboards
/// (<c>type: "dashboard"</c>), workspace views (<c>type: "workspaceView"</c>) and sections, as Umbraco 14+ does.
/// A manifest that does not parse is reported in the log and skipped, never fatal.
/// </summary>
public sealed class PackageManifestReader(IOptions<BackofficeOptions> options, IHostEnvironment environment, ILogger<PackageManifestReader> logger)
{
    /// <summary>Every manifest, as JSON objects (name, version, extensions[]).</summary>
    public async Task<IReadOnlyList<JsonObject>> ReadAsync(CancellationToken cancellationToken = default)
    {
        var folder = options.Value.ResolveAppPluginsFolder(environment.ContentRootPath);
        if (folder is null)
        {
            return [];
        }

        var manifests = new List<JsonObject>();
        foreach (var file in Directory.EnumerateFiles(folder, "umbraco-package.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                await using var stream = File.OpenRead(file);
                if (await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false) is JsonObject manifest)
                {
                    manifests.Add(manifest);
                }
            }
            catch (Exception ex) when (ex is JsonException or IOException)
            {
                logger.LogWarning(ex, "Skipping the package manifest {File}", file);
            }
        }

        return manifests;
    }
}
