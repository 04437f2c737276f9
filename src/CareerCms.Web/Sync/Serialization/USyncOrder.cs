namespace CareerCms.Web.Sync.Serialization;

/// <summary>
/// The order uSync lists properties, config keys and compositions in: by name, case-insensitively, lowercase
/// first on a tie. uSync sorts with the server culture; this comparer gives the same order for aliases on every
/// machine (invariant-globalization containers included), so files do not churn between environments.
/// </summary>
public sealed class USyncOrder : IComparer<string>
{
    /// <summary>The shared instance.</summary>
    public static USyncOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var byName = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return byName != 0 ? byName : -StringComparer.Ordinal.Compare(x, y);
    }
}
