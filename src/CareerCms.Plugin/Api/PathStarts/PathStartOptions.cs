namespace CareerCms.Plugin.Api.PathStarts;

/// <summary>Settings of <c>POST /api/careers/paths/{id}/start</c>, bound from <see cref="SectionName"/> and validated at start.</summary>
public sealed class PathStartOptions
{
    /// <summary>The configuration section: <c>CareerCms:PathStarts</c>.</summary>
    public const string SectionName = "CareerCms:PathStarts";

    /// <summary>
    /// The cookie a frontend may set to identify a visitor (its value is hashed, never stored). Without it the
    /// visitor is the client IP plus User-Agent. Default <c>careercms_visitor</c>.
    /// </summary>
    public string VisitorCookieName { get; set; } = "careercms_visitor";

    /// <summary>
    /// Secret mixed into visitor hashes so stored ids cannot be reversed by guessing IP addresses. Default empty
    /// (set one per site; every node of a site must use the same value or a visitor counts once per node).
    /// </summary>
    public string VisitorHashSalt { get; set; } = "";

    /// <summary>Starts one client (IP address) may send per <see cref="Window"/>. Default 30; 1 to 100000.</summary>
    public int PermitLimit { get; set; } = 30;

    /// <summary>The rate-limit window. Default 1 minute; 1 second to 1 day.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Every broken setting, described; empty when valid.</summary>
    internal IEnumerable<string> Failures()
    {
        if (string.IsNullOrWhiteSpace(VisitorCookieName))
        {
            yield return $"{SectionName}:VisitorCookieName must not be empty.";
        }

        if (PermitLimit is < 1 or > 100_000)
        {
            yield return $"{SectionName}:PermitLimit must be 1 to 100000 (was {PermitLimit}).";
        }

        if (Window < TimeSpan.FromSeconds(1) || Window > TimeSpan.FromDays(1))
        {
            yield return $"{SectionName}:Window must be 1 second to 1 day (was {Window}).";
        }
    }
}
