using Microsoft.Extensions.Options;

namespace CareerCms.Web.Sync;

/// <summary>
/// uSync's own settings, bound from <c>uSync:Settings</c> with uSync's key names. Only what this runtime
/// implements is here; the defaults are uSync's except where a comment says CareerCms differs and why.
/// </summary>
public sealed class USyncSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "uSync:Settings";

    /// <summary>The folder read and written, relative to the content root. Default <c>uSync/v17/</c>.</summary>
    public string RootFolder { get; set; } = "uSync/v17/";

    /// <summary>
    /// Handler groups written to disk when an editor saves: <c>All</c>, <c>Settings</c>, <c>Content</c>, or
    /// <c>None</c>/<c>Off</c>/<c>False</c> to switch it off. Default <c>All</c>.
    /// </summary>
    public string ExportOnSave { get; set; } = USyncGroups.All;

    /// <summary>
    /// Import <see cref="RootFolder"/> when the site starts on an empty database. Default <c>true</c> for CareerCms
    /// (uSync's default is false): the starter careers content ships in the uSync folder.
    /// </summary>
    public bool ImportOnFirstBoot { get; set; } = true;

    /// <summary>The handler group imported on first boot. Default <c>All</c>.</summary>
    public string FirstBootGroup { get; set; } = USyncGroups.All;

    /// <summary>The extension of item files, without the dot. Default <c>config</c>.</summary>
    public string DefaultExtension { get; set; } = "config";

    /// <summary>
    /// Fail the import when a content item's parent is neither in the folder nor in the database. Default
    /// <c>true</c> for CareerCms (uSync's default is false, which imports such items at the root): careers
    /// content is never allowed at the root, so failing early names the real problem.
    /// </summary>
    public bool FailOnMissingParent { get; set; } = true;

    /// <summary>Every item directly in its handler folder. Default <c>true</c>; only the flat layout is supported.</summary>
    public bool UseFlatStructure { get; set; } = true;

    /// <summary>Name files by key instead of by name or alias. Default <c>false</c>.</summary>
    public bool GuidNames { get; set; }

    /// <summary>True when <paramref name="group"/> is one of the switched-off values.</summary>
    public static bool IsOff(string? group) =>
        string.IsNullOrWhiteSpace(group) || group.Trim().ToUpperInvariant() is "NONE" or "OFF" or "FALSE";

    /// <summary>The root folder as an absolute path.</summary>
    public string ResolveRootFolder(string contentRootPath) => Path.GetFullPath(Path.Combine(contentRootPath, RootFolder));
}

/// <summary>uSync's handler groups.</summary>
public static class USyncGroups
{
    /// <summary>Every handler.</summary>
    public const string All = "All";

    /// <summary>Data types and document types.</summary>
    public const string Settings = "Settings";

    /// <summary>Content.</summary>
    public const string Content = "Content";

    /// <summary>True when <paramref name="configured"/> (a group name or a comma-separated list) includes <paramref name="group"/>.</summary>
    public static bool Includes(string? configured, string group)
    {
        if (USyncSettings.IsOff(configured))
        {
            return false;
        }

        var names = configured!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Any(n => n.Equals(All, StringComparison.OrdinalIgnoreCase) || n.Equals(group, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True for a known group name, list of names, or an "off" value.</summary>
    public static bool IsValid(string? configured) =>
        USyncSettings.IsOff(configured) ||
        configured!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .All(n => new[] { All, Settings, Content }.Contains(n, StringComparer.OrdinalIgnoreCase));
}

/// <summary>Checks <see cref="USyncSettings"/> at start.</summary>
internal sealed class USyncSettingsValidator : IValidateOptions<USyncSettings>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, USyncSettings options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.RootFolder))
        {
            failures.Add("uSync:Settings:RootFolder must name a folder.");
        }

        if (string.IsNullOrWhiteSpace(options.DefaultExtension) || options.DefaultExtension.IndexOfAny(['.', '/', '\\', ' ']) >= 0)
        {
            failures.Add("uSync:Settings:DefaultExtension must be a bare extension such as 'config'.");
        }

        if (!USyncGroups.IsValid(options.ExportOnSave))
        {
            failures.Add($"uSync:Settings:ExportOnSave '{options.ExportOnSave}' is not All, Settings, Content or None.");
        }

        if (!USyncGroups.IsValid(options.FirstBootGroup))
        {
            failures.Add($"uSync:Settings:FirstBootGroup '{options.FirstBootGroup}' is not All, Settings, Content or None.");
        }

        if (!options.UseFlatStructure)
        {
            failures.Add("uSync:Settings:UseFlatStructure=false is not supported: items are read and written flat.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
