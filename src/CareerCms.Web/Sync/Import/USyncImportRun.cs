namespace CareerCms.Web.Sync.Import;

/// <summary>The state of one import while it runs: options, the items reported so far and the errors.</summary>
public sealed class USyncImportRun(USyncImportOptions options, bool dryRun)
{
    public USyncImportOptions Options { get; } = options;

    public bool DryRun { get; } = dryRun;

    public List<USyncImportItem> Items { get; } = [];

    public List<USyncImportError> Errors { get; } = [];

    public bool Failed => Errors.Count > 0;

    public USyncImportReport ToReport() => new()
    {
        DryRun = DryRun,
        Items = [.. Items],
        Errors = [.. Errors],
    };
}
