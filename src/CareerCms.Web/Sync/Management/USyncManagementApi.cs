using CareerCms.Web.Sync.Export;
using CareerCms.Web.Sync.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Sync.Management;

/// <summary>
/// uSync's dashboard actions as a minimal-API module: POST import, POST export, GET report (a dry run). Every
/// outcome is declared; a failed import or report is a 400 ProblemDetails carrying the errors and the report.
/// </summary>
public static class USyncManagementApi
{
    /// <summary>Maps the endpoints on <paramref name="group"/> (mounted under /umbraco/management/api/v1/usync by the host).</summary>
    public static RouteGroupBuilder MapUSyncManagementApi(this RouteGroupBuilder group)
    {
        group.MapPost("/import", ImportAsync).WithName("USyncImport").WithSummary("Imports the uSync folder in one transaction.");
        group.MapPost("/export", ExportAsync).WithName("USyncExport").WithSummary("Writes every item to the uSync folder.");
        group.MapGet("/report", ReportAsync).WithName("USyncReport").WithSummary("What an import would change; writes nothing.");
        return group;
    }

    internal static async Task<Results<Ok<USyncImportReport>, ProblemHttpResult>> ImportAsync(
        USyncImportRequest? request, USyncImporter importer, IOptions<USyncSettings> settings, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        var options = new USyncImportOptions { Force = request?.Force ?? false, Group = request?.Group ?? USyncGroups.All };
        var report = await importer.ImportAsync(settings.Value.ResolveRootFolder(environment.ContentRootPath), options, cancellationToken).ConfigureAwait(false);
        return report.Succeeded ? TypedResults.Ok(report) : Problem("The uSync import failed; nothing was imported.", report);
    }

    internal static async Task<Results<Ok<USyncImportReport>, ProblemHttpResult>> ReportAsync(
        USyncImporter importer, IOptions<USyncSettings> settings, IHostEnvironment environment, CancellationToken cancellationToken, string? group = null)
    {
        var options = new USyncImportOptions { Group = group ?? USyncGroups.All };
        var report = await importer.ReportAsync(settings.Value.ResolveRootFolder(environment.ContentRootPath), options, cancellationToken).ConfigureAwait(false);
        return report.Succeeded ? TypedResults.Ok(report) : Problem("An import of the uSync folder would fail.", report);
    }

    internal static async Task<Results<Ok<USyncExportReport>, ProblemHttpResult>> ExportAsync(
        USyncExportRequest? request, USyncExporter exporter, IOptions<USyncSettings> settings, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        try
        {
            var rootFolder = settings.Value.ResolveRootFolder(environment.ContentRootPath);
            return TypedResults.Ok(await exporter.ExportAllAsync(rootFolder, request?.Clean ?? false, cancellationToken).ConfigureAwait(false));
        }
        catch (USyncExportException ex)
        {
            return TypedResults.Problem(title: "An item cannot be exported; nothing was written.", detail: ex.Message, statusCode: StatusCodes.Status409Conflict);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return TypedResults.Problem(title: "The uSync export failed.", detail: ex.Message, statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static ProblemHttpResult Problem(string title, USyncImportReport report) =>
        TypedResults.Problem(
            title: title,
            detail: string.Join(Environment.NewLine, report.Errors),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = report.Errors, ["report"] = report });
}

/// <summary>Body of POST import.</summary>
/// <param name="Force">Re-save every item even when unchanged.</param>
/// <param name="Group">All (default), Settings or Content.</param>
public sealed record USyncImportRequest(bool? Force = null, string? Group = null);

/// <summary>Body of POST export.</summary>
/// <param name="Clean">Empty the handler folders first.</param>
public sealed record USyncExportRequest(bool? Clean = null);
