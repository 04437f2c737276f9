namespace CareerCms.Web.Backoffice.Users;

/// <summary>
/// <c>CareerCms:Security:PasswordStrength</c>: how hard a backoffice password must be to guess, on top of Umbraco's
/// length and character rules (Umbraco has no such setting).
/// </summary>
public sealed class PasswordStrengthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "CareerCms:Security:PasswordStrength";

    /// <summary>
    /// The lowest zxcvbn score accepted: 0 = any (off), 1 = too guessable, 2 = somewhat guessable (about 10^6 to 10^8
    /// guesses), 3 = safely unguessable online, 4 = very unguessable. Default 2.
    /// </summary>
    public int MinimumScore { get; set; } = 2;
}
