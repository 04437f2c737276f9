namespace CareerCms.Plugin.Api.PathStarts;

/// <summary>Settings of <c>POST /api/careers/paths/{id}/start</c>, bound from <see cref="SectionName"/> and validated at start.</summary>
public sealed class PathStartOptions
{
    /// <summary>The configuration section: <c>CareerCms:PathStarts</c>.</summary>
    public const string SectionName = "CareerCms:PathStarts";

    /// <summary>
    /// The visitor cookie: the site hands out a signed value on a visitor's first start and recognises only its own
    /// values (hashed, never stored). Default <c>careercms_visitor</c>.
    /// </summary>
    public string VisitorCookieName { get; set; } = "careercms_visitor";

    /// <summary>
    /// Secret mixed into visitor hashes so stored ids cannot be reversed by guessing IP addresses. Default empty
    /// (set one per site; every node of a site must use the same value or a visitor counts once per node).
    /// </summary>
    public string VisitorHashSalt { get; set; } = "";

    /// <summary>
    /// New visitor cookies handed out per client address and day; beyond it, starts from that address without a valid
    /// cookie count as one visitor. Default 20; 1 to 100000.
    /// </summary>
    public int MaxNewVisitorsPerClientPerDay { get; set; } = 20;

    /// <summary>
    /// Trust any visitor cookie value as the visitor's id (a frontend server that identifies visitors itself and calls
    /// the API from a trusted network). Never on a public API: a client could count as many visitors as it likes.
    /// Default false.
    /// </summary>
    public bool AcceptUnsignedVisitorIds { get; set; }

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

        if (MaxNewVisitorsPerClientPerDay is < 1 or > 100_000)
        {
            yield return $"{SectionName}:MaxNewVisitorsPerClientPerDay must be 1 to 100000 (was {MaxNewVisitorsPerClientPerDay}).";
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
