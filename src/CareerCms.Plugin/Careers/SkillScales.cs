namespace CareerCms.Plugin.Careers;

/// <summary>
/// The O*NET scales the careers domain uses (importance 1-5, level 0-7, job zone 1-5) and guards that keep
/// values on them.
/// </summary>
public static class SkillScales
{
    /// <summary>Lowest importance a requirement can have.</summary>
    public const int MinImportance = 1;

    /// <summary>Highest importance a requirement can have.</summary>
    public const int MaxImportance = 5;

    /// <summary>Lowest importance that counts in a skill-gap analysis; importance 1 means "not important".</summary>
    public const int MinCountedImportance = 2;

    /// <summary>Lowest skill level.</summary>
    public const int MinLevel = 0;

    /// <summary>Highest skill level.</summary>
    public const int MaxLevel = 7;

    /// <summary>Lowest O*NET job zone (little preparation needed).</summary>
    public const int MinJobZone = 1;

    /// <summary>Highest O*NET job zone (extensive preparation needed).</summary>
    public const int MaxJobZone = 5;

    internal static string RequireNotBlank(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }

    internal static int RequireImportance(int value, string paramName) =>
        RequireWithin(value, MinImportance, MaxImportance, paramName);

    internal static int RequireLevel(int value, string paramName) =>
        RequireWithin(value, MinLevel, MaxLevel, paramName);

    internal static int? RequireJobZone(int? value, string paramName) =>
        value is null ? null : RequireWithin(value.Value, MinJobZone, MaxJobZone, paramName);

    internal static int? RequireNonNegative(int? value, string paramName)
    {
        if (value is not null)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value.Value, paramName);
        }

        return value;
    }

    private static int RequireWithin(int value, int min, int max, string paramName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max, paramName);
        return value;
    }
}
