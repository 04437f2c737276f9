using CareerCms.Web.Content.Schema;
using CareerCms.Web.Persistence;
using CareerCms.Web.Sync.Export;
using CareerCms.Web.Sync.Import;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Sync.Management;

/// <summary>
/// <c>--usync-import [folder]</c> and <c>--usync-export [folder]</c>: run one action against the configured
/// database, print the report and return an exit code (0 ok, 1 failed, 2 bad arguments).
/// </summary>
public static class USyncCommandLine
{
    /// <summary>The import switch.</summary>
    public const string ImportSwitch = "--usync-import";

    /// <summary>The export switch.</summary>
    public const string ExportSwitch = "--usync-export";

    /// <summary>Runs the uSync switch in <paramref name="args"/>; null when there is none (start the site as usual).</summary>
    public static async Task<int?> RunUSyncCommandAsync(this IServiceProvider services, string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        var index = Array.FindIndex(args, a => a is ImportSwitch or ExportSwitch);
        if (index < 0)
        {
            return null;
        }

        if (args.Count(a => a is ImportSwitch or ExportSwitch) > 1)
        {
            await output.WriteLineAsync($"Use either {ImportSwitch} or {ExportSwitch}, once.").ConfigureAwait(false);
            return 2;
        }

        var folderArgument = index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : null;
        var settings = services.GetRequiredService<IOptions<USyncSettings>>().Value;
        var folder = folderArgument is null
            ? settings.ResolveRootFolder(services.GetRequiredService<IHostEnvironment>().ContentRootPath)
            : Path.GetFullPath(folderArgument);

        services.GetRequiredService<DatabaseMigrator>().Migrate();
        await services.GetRequiredService<SchemaCatalog>().ReloadAsync().ConfigureAwait(false);
        if (args[index] == ExportSwitch)
        {
            var exported = await services.GetRequiredService<USyncExporter>().ExportAllAsync(folder).ConfigureAwait(false);
            await output.WriteLineAsync($"uSync export to {folder}: {exported.Items.Count} item(s).").ConfigureAwait(false);
            foreach (var item in exported.Items)
            {
                await output.WriteLineAsync($"  {item.Type,-12} {item.Name} ({item.File})").ConfigureAwait(false);
            }

            return 0;
        }

        var report = await services.GetRequiredService<USyncImporter>().ImportAsync(folder).ConfigureAwait(false);
        await output.WriteLineAsync(
            $"uSync import of {folder}: {(report.Succeeded ? "succeeded" : "FAILED, nothing imported")}.").ConfigureAwait(false);
        foreach (var item in report.Items.Where(i => i.Change != USyncChange.NoChange))
        {
            await output.WriteLineAsync($"  {item.Change,-8} {item.Type,-12} {item.Name} ({item.File}){(item.Message is null ? "" : " " + item.Message)}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"  {report.Items.Count(i => i.Change == USyncChange.NoChange)} item(s) unchanged.").ConfigureAwait(false);
        foreach (var error in report.Errors)
        {
            await output.WriteLineAsync($"  ERROR {error}").ConfigureAwait(false);
        }

        return report.Succeeded ? 0 : 1;
    }
}
