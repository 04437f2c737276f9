using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace CareerCms.Web.Backoffice.Users;

/// <summary>
/// Umbraco's user password rules (<c>Umbraco:CMS:Security:UserPassword</c>: length and character classes) plus a
/// strength estimate (<see cref="PasswordStrengthOptions"/>): zxcvbn scores the password against common passwords,
/// dictionary words, keyboard patterns, dates, repeats and the user's own name and e-mail, so "Password123!" or the
/// user's e-mail address with a digit are refused however long they are.
/// </summary>
public sealed class PasswordPolicy(IOptions<UserPasswordConfigurationSettings> options, IOptions<PasswordStrengthOptions> strength)
{
    /// <summary>The configured rules.</summary>
    public UserPasswordConfigurationSettings Settings => options.Value;

    /// <summary>The configured minimum strength.</summary>
    public PasswordStrengthOptions Strength => strength.Value;

    /// <summary>
    /// What is wrong with a password; empty when it is acceptable. <paramref name="userInputs"/> (the user's name and
    /// e-mail) count as known words.
    /// </summary>
    public IReadOnlyList<string> Check(string? password, params string?[] userInputs)
    {
        var settings = options.Value;
        var problems = new List<string>();
        password ??= "";
        if (password.Length < settings.RequiredLength)
        {
            problems.Add($"The password must be at least {settings.RequiredLength} characters long.");
        }

        if (settings.RequireDigit && !password.Any(char.IsDigit))
        {
            problems.Add("The password must contain a digit.");
        }

        if (settings.RequireLowercase && !password.Any(char.IsLower))
        {
            problems.Add("The password must contain a lowercase letter.");
        }

        if (settings.RequireUppercase && !password.Any(char.IsUpper))
        {
            problems.Add("The password must contain an uppercase letter.");
        }

        if (settings.RequireNonLetterOrDigit && password.All(char.IsLetterOrDigit))
        {
            problems.Add("The password must contain a character that is not a letter or digit.");
        }

        var minimum = strength.Value.MinimumScore;
        if (problems.Count == 0 && minimum > 0)
        {
            var inputs = userInputs.OfType<string>().SelectMany(i => i.Split('@', ' ', '.', '-', '_')).Append(string.Join(' ', userInputs.OfType<string>()))
                .Where(i => i.Length > 0).ToArray();
            var estimate = Zxcvbn.Zxcvbn.MatchPassword(password, inputs);
            if (estimate.Score < minimum)
            {
                problems.Add("The password is too easy to guess (it uses common words, patterns, or your name or e-mail). Try a longer phrase of unrelated words.");
            }
        }

        return problems;
    }
}
