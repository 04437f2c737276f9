using CareerCms.Web.Composition;
using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using CareerCms.Web.Sync.Import;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Sync.Startup;

/// <summary>
/// uSync's ImportOnFirstBoot: on a database with no content, no document types and no first-boot marker, imports
/// the root folder (the <c>FirstBootGroup</c>) and sets the marker in the same transaction, so a restart never
/// imports again. A failed first-boot import throws: the site must not start half-imported.
/// </summary>
public sealed class USyncFirstBootImporter(
    USyncImporter importer,
    DatabaseScopeProvider scopeProvider,
    DocumentRepository documents,
    SchemaRepository schema,
    KeyValueRepository keyValues,
    IOptions<USyncSettings> settings,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<USyncFirstBootImporter> logger)
{
    /// <summary>The umbracoKeyValue key set once the first-boot import committed.</summary>
    public const string MarkerKey = "uSync.FirstBootImported";

    /// <summary>Runs the first-boot import when due; returns its report, or null when nothing was due.</summary>
    public async Task<USyncImportReport?> RunIfFirstBootAsync(CancellationToken cancellationToken)
    {
        var options = settings.Value;
        if (!options.ImportOnFirstBoot || USyncSettings.IsOff(options.FirstBootGroup) || !await IsFirstBootAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var rootFolder = options.ResolveRootFolder(environment.ContentRootPath);
        if (!Directory.Exists(rootFolder))
        {
            logger.LogWarning("uSync first boot: {Folder} does not exist; nothing imported", rootFolder);
            return null;
        }

        logger.LogInformation("uSync first boot: importing {Group} from {Folder}", options.FirstBootGroup, rootFolder);
        var report = await importer.ImportAsync(
            rootFolder,
            new USyncImportOptions { Group = options.FirstBootGroup },
            scope => keyValues.SetAsync(scope.Connection, MarkerKey, clock.GetUtcNow().ToString("O"), scope.Transaction),
            cancellationToken).ConfigureAwait(false);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException(
                $"The uSync first-boot import of {rootFolder} failed and nothing was imported:{Environment.NewLine}" +
                string.Join(Environment.NewLine, report.Errors));
        }

        return report;
    }

    private async Task<bool> IsFirstBootAsync(CancellationToken cancellationToken)
    {
        await using var connection = await scopeProvider.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await keyValues.GetAsync(connection, MarkerKey).ConfigureAwait(false) is null
            && await documents.CountAsync(connection).ConfigureAwait(false) == 0
            && (await schema.GetContentTypesAsync(connection).ConfigureAwait(false)).Count == 0;
    }
}

/// <summary>Runs the first-boot import as a start-up step (after migrations, before the caches load).</summary>
internal sealed class USyncFirstBootStep(USyncFirstBootImporter importer) : IStartupStep
{
    /// <inheritdoc />
    public int Order => 100;

    /// <inheritdoc />
    public Task RunAsync(CancellationToken cancellationToken) => importer.RunIfFirstBootAsync(cancellationToken);
}
