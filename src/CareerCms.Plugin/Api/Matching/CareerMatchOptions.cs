namespace CareerCms.Plugin.Api.Matching;

/// <summary>Settings of <c>POST /api/careers/match</c>, bound from <see cref="SectionName"/> and validated at start.</summary>
public sealed class CareerMatchOptions
{
    /// <summary>The configuration section: <c>CareerCms:Match</c>.</summary>
    public const string SectionName = "CareerCms:Match";

    /// <summary>Largest request body accepted, in bytes; larger bodies answer 413. Default 16384; 256 to 1048576.</summary>
    public int MaxRequestBytes { get; set; } = 16 * 1024;

    /// <summary>Careers returned when the request does not say. Default 10; 1 to <see cref="MaxTake"/>.</summary>
    public int DefaultTake { get; set; } = 10;

    /// <summary>Most careers one request may ask for. Default 50; 1 to 500.</summary>
    public int MaxTake { get; set; } = 50;

    /// <summary>Gaps listed per career. Default 3; 1 to 20.</summary>
    public int TopGaps { get; set; } = 3;

    /// <summary>Most skills one profile may list. Default 100; 1 to 1000.</summary>
    public int MaxSkills { get; set; } = 100;

    /// <summary>Match requests one client (IP address) may send per <see cref="Window"/>. Default 60; 1 to 100000.</summary>
    public int PermitLimit { get; set; } = 60;

    /// <summary>The rate-limit window. Default 1 minute; 1 second to 1 day.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Every broken setting, described; empty when valid.</summary>
    internal IEnumerable<string> Failures()
    {
        if (MaxRequestBytes is < 256 or > 1024 * 1024)
        {
            yield return $"{SectionName}:MaxRequestBytes must be 256 to 1048576 (was {MaxRequestBytes}).";
        }

        if (MaxTake is < 1 or > 500)
        {
            yield return $"{SectionName}:MaxTake must be 1 to 500 (was {MaxTake}).";
        }

        if (DefaultTake < 1 || DefaultTake > MaxTake)
        {
            yield return $"{SectionName}:DefaultTake must be 1 to MaxTake (was {DefaultTake}).";
        }

        if (TopGaps is < 1 or > 20)
        {
            yield return $"{SectionName}:TopGaps must be 1 to 20 (was {TopGaps}).";
        }

        if (MaxSkills is < 1 or > 1000)
        {
            yield return $"{SectionName}:MaxSkills must be 1 to 1000 (was {MaxSkills}).";
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
