using CareerCms.Web.Persistence;
using CareerCms.Web.Persistence.Repositories;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Sync.Import;

/// <summary>
/// Imports a uSync folder. Every file is read and checked first; then data types, document types and content
/// are applied in ONE transaction through the runtime's services, which join it. Any error (with its file and
/// line) means nothing is applied. Items that already match their files are not saved again, so importing the
/// same folder twice changes nothing and adds no versions.
/// </summary>
public sealed class USyncImporter(
    DatabaseScopeProvider scopeProvider,
    DocumentRepository documents,
    USyncFolderReader reader,
    USyncImportChecker checker,
    SchemaImportStep schemaStep,
    ContentImportStep contentStep,
    USyncEventState eventState,
    IOptions<USyncSettings> settings,
    ILogger<USyncImporter> logger)
{
    /// <summary>Imports <paramref name="rootFolder"/> (a uSync root such as uSync/v17, absolute or relative to the working directory).</summary>
    public Task<USyncImportReport> ImportAsync(string rootFolder, USyncImportOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(rootFolder, options ?? new USyncImportOptions(), dryRun: false, beforeCommit: null, cancellationToken);

    /// <summary>
    /// uSync's Report: runs the whole import in a transaction that is always rolled back, so the report lists
    /// exactly what an import would change and every error it would hit, and nothing is written.
    /// </summary>
    public Task<USyncImportReport> ReportAsync(string rootFolder, USyncImportOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(rootFolder, options ?? new USyncImportOptions(), dryRun: true, beforeCommit: null, cancellationToken);

    /// <summary>An import that also runs <paramref name="beforeCommit"/> inside its transaction when it succeeds (first-boot marker).</summary>
    internal Task<USyncImportReport> ImportAsync(
        string rootFolder, USyncImportOptions options, Func<DatabaseScope, Task> beforeCommit, CancellationToken cancellationToken) =>
        RunAsync(rootFolder, options, dryRun: false, beforeCommit, cancellationToken);

    private async Task<USyncImportReport> RunAsync(
        string rootFolder, USyncImportOptions options, bool dryRun, Func<DatabaseScope, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        var run = new USyncImportRun(options, dryRun);
        var set = await reader.ReadAsync(Path.GetFullPath(rootFolder), settings.Value.DefaultExtension, options.Group, cancellationToken).ConfigureAwait(false);
        if (set.Errors.Count > 0)
        {
            run.Errors.AddRange(set.Errors);
            return Log(run.ToReport(), rootFolder);
        }

        // Export-on-save stays paused until the scope is disposed: the after-commit notifications run in there.
        using var paused = eventState.Pause();
        var scope = await scopeProvider.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!ReferenceEquals(scopeProvider.AmbientScope, scope))
            {
                throw new InvalidOperationException(
                    "DatabaseScopeProvider.CreateScopeAsync did not make the new scope ambient for the caller, so the services " +
                    "would not join the import transaction; refusing to import item by item.");
            }

            logger.LogInformation("uSync import transaction opened for {Folder}", rootFolder);
            await ImportInScopeAsync(scope, set, run, cancellationToken).ConfigureAwait(false);
            if (!run.Failed && !dryRun)
            {
                if (beforeCommit is not null)
                {
                    await beforeCommit(scope).ConfigureAwait(false);
                }

                scope.Complete();
            }
        }
        finally
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }

        return Log(run.ToReport(), rootFolder);
    }

    private async Task ImportInScopeAsync(DatabaseScope scope, USyncFileSet set, USyncImportRun run, CancellationToken cancellationToken)
    {
        var (errors, contentOrder) = await checker.CheckAsync(
            set, key => documents.GetByKeyAsync(scope.Connection, key, scope.Transaction)).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            run.Errors.AddRange(errors);
            return;
        }

        await schemaStep.RunAsync(set, run, cancellationToken).ConfigureAwait(false);
        if (!run.Failed)
        {
            await contentStep.RunAsync(scope, set, contentOrder, run, cancellationToken).ConfigureAwait(false);
        }
    }

    private USyncImportReport Log(USyncImportReport report, string rootFolder)
    {
        if (report.Succeeded)
        {
            logger.LogInformation(
                "uSync {Action} of {Folder}: {Changes} change(s) in {Items} item(s)",
                report.DryRun ? "report" : "import", rootFolder, report.Items.Count(i => i.Change != USyncChange.NoChange), report.Items.Count);
        }
        else
        {
            logger.LogWarning(
                "uSync {Action} of {Folder} failed; nothing was applied: {Errors}",
                report.DryRun ? "report" : "import", rootFolder, string.Join(" | ", report.Errors));
        }

        return report;
    }
}
